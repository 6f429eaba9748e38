<?xml version="1.0" encoding="UTF-8"?>
<!--
  Transcription features: supplied, sic, metamark, gap, foreign, choice
  (abbr/expan, sic/corr, orig/reg), lb, pb, hi, add/del/unclear.
  Reading: interventions integrated, lightly marked, source form in a tooltip.
  Diplomatic: as typed, brackets restored from @rend="brackets" (docs/encoding.md).
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="#all">

  <!-- Diplomatic: any element the source typed in brackets gets them back, around its own rendering. -->
  <xsl:template match="tei:*[@rend = 'brackets']" mode="diplomatic" priority="10">
    <span class="bracketed"><span class="bracket">[</span><xsl:next-match/><span class="bracket">]</span></span>
  </xsl:template>

  <!-- supplied -->
  <xsl:template match="tei:supplied" mode="reading">
    <span class="supplied" title="Supplied by the translator or editor{@reason ! (' (' || . || ')')}">
      <xsl:apply-templates mode="#current"/></span>
  </xsl:template>
  <xsl:template match="tei:supplied" mode="diplomatic">
    <span class="supplied"><xsl:apply-templates mode="#current"/></span>
  </xsl:template>

  <!-- sic (standalone) and the [SIC] metamark -->
  <xsl:template match="tei:sic" mode="reading diplomatic">
    <span class="sic" title="So in the source"><xsl:apply-templates mode="#current"/></span>
  </xsl:template>

  <xsl:template match="tei:metamark" mode="reading">
    <xsl:variable name="what" select="if (@function = 'sic') then 'Marked [SIC] in the source'
        else if (@function = 'uncertainty') then 'Reading marked uncertain in the source'
        else 'Mark in the source'"/>
    <span class="metamark {tk:class(@function)}" title="{$what}"><xsl:apply-templates mode="#current"/></span>
  </xsl:template>
  <xsl:template match="tei:metamark" mode="diplomatic">
    <span class="metamark {tk:class(@function)}"><xsl:apply-templates mode="#current"/></span>
  </xsl:template>

  <!-- gap: always visible as an ellipsis; the diplomatic view prints exactly what was typed. -->
  <xsl:template match="tei:gap" mode="reading">
    <span class="gap" title="Omitted{@reason ! (' (' || . || ')')}">[…]</span>
  </xsl:template>
  <xsl:template match="tei:gap" mode="diplomatic" priority="20">
    <xsl:choose>
      <xsl:when test="@rend = 'brackets'"><span class="gap">[...]</span></xsl:when>
      <xsl:when test="@rend = 'brackets-ellipsis'"><span class="gap">[…]</span></xsl:when>
      <!-- Not typed in the source: shown by CSS only, so the transcribed text stays as is. -->
      <xsl:otherwise><span class="gap untyped" title="Gap in the source"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- foreign -->
  <xsl:template match="tei:foreign" mode="reading diplomatic">
    <i class="foreign{if (@rend = 'brackets') then ' typed' else ''}">
      <xsl:if test="tk:safe-lang(@xml:lang)"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
      <xsl:apply-templates mode="#current"/></i>
  </xsl:template>

  <!-- choice -->
  <xsl:template match="tei:choice" mode="reading">
    <xsl:choose>
      <xsl:when test="tei:expan and tei:abbr">
        <span class="expan" title="Abbreviated in the source: {tk:alternatives(tei:abbr)}">
          <xsl:apply-templates select="tei:expan[1]/node()" mode="#current"/></span>
      </xsl:when>
      <xsl:when test="tei:corr and tei:sic">
        <span class="corr" title="The source reads: {tk:alternatives(tei:sic)}">
          <xsl:apply-templates select="tei:corr[1]/node()" mode="#current"/></span>
      </xsl:when>
      <xsl:when test="tei:reg and tei:orig">
        <span class="reg" title="The source reads: {tk:alternatives(tei:orig)}">
          <xsl:apply-templates select="tei:reg[1]/node()" mode="#current"/></span>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates select="*[1]" mode="#current"/></xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="tk:hidden-mention-anchors"/>
  </xsl:template>

  <!-- The one alternative of a choice the reading view shows (the first expansion, correction,
       regularisation paired with a source form; else the first child). -->
  <xsl:function name="tk:reading-alternative" as="element()?">
    <xsl:param name="choice" as="element()"/>
    <xsl:sequence select="(($choice/tei:expan[../tei:abbr], $choice/tei:corr[../tei:sic], $choice/tei:reg[../tei:orig])[1],
                           $choice/*[1])[1]"/>
  </xsl:function>

  <!-- A choice's source forms for a tooltip: several (two readings of a sic) joined by " / ". -->
  <xsl:function name="tk:alternatives" as="xs:string">
    <xsl:param name="forms" as="element()*"/>
    <xsl:sequence select="string-join($forms ! normalize-space(string-join(.//text())), ' / ')"/>
  </xsl:function>

  <!-- Names inside the alternative the reading view does not show (the abbreviation, the
       error) still get their mention ids, so register pages can point at every mention. -->
  <xsl:template name="tk:hidden-mention-anchors">
    <xsl:param name="idp" as="xs:string" select="''" tunnel="yes"/>
    <xsl:for-each select="(* except tk:reading-alternative(.))//(tei:persName | tei:orgName | tei:placeName)[@ref][not(starts-with(@ref, '#'))]">
      <span class="mention-anchor" id="{$idp}tk-m{$tk:mention-numbers(generate-id(current()))}"></span>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:choice" mode="diplomatic">
    <xsl:choose>
      <!-- An expansion the source typed (in brackets) stays, with everything else as typed. -->
      <xsl:when test="tei:expan[@rend = 'brackets'] or not(tei:abbr | tei:sic | tei:orig)">
        <span class="choice"><xsl:apply-templates mode="#current"/></span>
      </xsl:when>
      <xsl:otherwise>
        <span class="choice"><xsl:apply-templates select="(tei:abbr, tei:sic, tei:orig)[1]" mode="#current"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:abbr | tei:expan | tei:corr | tei:reg | tei:orig" mode="reading diplomatic">
    <span class="{local-name()}"><xsl:apply-templates mode="#current"/></span>
  </xsl:template>

  <!-- line and page breaks -->
  <xsl:template match="tei:lb" mode="reading diplomatic"><br/></xsl:template>

  <!-- A word broken across lines (lb break="no"): joined in the reading text, no space and no
       hyphen; in the diplomatic view a hyphen (CSS, unless the source wrote one) and the break. -->
  <xsl:template match="tei:lb[@break = 'no']" mode="reading"/>
  <xsl:template match="tei:lb[@break = 'no']" mode="diplomatic">
    <xsl:if test="not(tk:hyphen-typed(.))"><span class="lb-hyphen"/></xsl:if>
    <br/>
  </xsl:template>

  <!-- The source wrote the hyphen: as the end of the text before the break, or as a pc there. -->
  <xsl:function name="tk:hyphen-typed" as="xs:boolean">
    <xsl:param name="lb" as="element()"/>
    <xsl:variable name="before" select="$lb/preceding-sibling::node()[not(self::text()[not(normalize-space())])][1]"/>
    <xsl:sequence select="matches(string($before[self::text() or self::tei:pc]), '[-‐¬⸗&#173;]\s*$')"/>
  </xsl:function>
  <!-- Reading: a hyphen written as pc at such a break goes with the break (before tokens.xsl's pc rule). -->
  <xsl:template match="tei:pc[following-sibling::node()[not(self::text()[not(normalize-space())])][1]
                              [self::tei:lb[@break = 'no']]][matches(., '^\s*[-‐¬⸗&#173;]\s*$')]" mode="reading" priority="1"/>

  <xsl:function name="tk:word-broken" as="xs:boolean">
    <xsl:param name="n" as="node()?"/>
    <xsl:sequence select="exists($n[self::tei:lb][@break = 'no'])"/>
  </xsl:function>

  <!-- A text node beside such a break, without the space (and, for reading, the hyphen) at the break. -->
  <xsl:function name="tk:unbroken" as="xs:string">
    <xsl:param name="t" as="text()"/>
    <xsl:param name="view" as="xs:string"/>
    <xsl:variable name="before" select="tk:word-broken($t/following-sibling::node()[1])"/>
    <xsl:variable name="trimmed" select="tk:trim-end($t)"/>
    <xsl:variable name="s" select="if (not($before)) then string($t)
        else if ($view = 'reading') then replace($trimmed, '[-‐¬⸗&#173;]$', '') else $trimmed"/>
    <xsl:sequence select="if (tk:word-broken($t/preceding-sibling::node()[1])) then replace($s, '^\s+', '') else $s"/>
  </xsl:function>

  <!-- Every text node is matched against these: a document without such breaks pays one boolean. -->
  <xsl:variable name="tk:words-broken" as="xs:boolean" select="exists((/tei:TEI | /tei:teiCorpus)//tei:lb[@break = 'no'])"/>
  <xsl:template match="text()[$tk:words-broken][tk:word-broken(following-sibling::node()[1]) or tk:word-broken(preceding-sibling::node()[1])]"
      mode="reading" priority="0.4">{tk:unbroken(., 'reading')}</xsl:template>
  <xsl:template match="text()[$tk:words-broken][tk:word-broken(following-sibling::node()[1]) or tk:word-broken(preceding-sibling::node()[1])]"
      mode="diplomatic" priority="0.4">{tk:unbroken(., 'diplomatic')}</xsl:template>
  <xsl:template match="tei:pb" mode="reading diplomatic">
    <span class="pb" role="separator">
      <xsl:call-template name="tk:id"/>
      <xsl:if test="@n"><xsl:attribute name="data-n" select="@n"/>
        <xsl:attribute name="title" select="'Page ' || @n"/></xsl:if>
      <xsl:text> </xsl:text></span>
  </xsl:template>
  <xsl:template match="tei:cb | tei:milestone" mode="reading diplomatic">
    <span class="{local-name()}"><xsl:call-template name="tk:id"/><xsl:text> </xsl:text></span>
  </xsl:template>

  <!-- highlighting: the element and the classes of its look (rendition.xsl) -->
  <xsl:template match="tei:hi | tei:emph" mode="reading diplomatic">
    <xsl:variable name="look" select="tk:look(.)"/>
    <xsl:variable name="el" select="if (self::tei:emph) then 'em' else tk:hi-element($look)"/>
    <xsl:element name="{$el}">
      <xsl:attribute name="class" select="string-join(distinct-values(('hi', tokenize(tk:class(@rend)), $look)), ' ')"/>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:add" mode="reading diplomatic">
    <ins class="{normalize-space('add ' || tk:hand-class(.))}"><xsl:call-template name="tk:hand-title"/><xsl:apply-templates mode="#current"/></ins>
  </xsl:template>
  <xsl:template match="tei:del" mode="reading diplomatic">
    <del class="{normalize-space('del ' || tk:hand-class(.) || ' ' || tk:class(@rend))}"><xsl:call-template name="tk:hand-title"/><xsl:apply-templates mode="#current"/></del>
  </xsl:template>
  <xsl:template match="tei:unclear" mode="reading diplomatic">
    <span class="unclear" title="Unclear in the source"><xsl:apply-templates mode="#current"/></span>
  </xsl:template>
</xsl:stylesheet>
