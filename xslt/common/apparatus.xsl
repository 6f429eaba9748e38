<?xml version="1.0" encoding="UTF-8"?>
<!--
  Critical apparatus (parallel segmentation): app with lem and rdg (also in rdgGrp), @wit and wit,
  witDetail. The text shows the lemma, or, where an app has no lem, its first reading (never all
  readings in the line); a lettered call links to the apparatus band below the text, which gives
  each entry as "line  lemma] sigla; reading sigla; …", sigla resolved against listWit/witness.
  Print replaces tk:app-call with a footnote (print/genres.xsl).
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="#all">

  <!-- Entries of every document of the source, numbered per document; an app inside a reading is
       part of that reading's entry. -->
  <xsl:variable name="tk:app-numbers" as="map(xs:string, xs:integer)" select="map:merge(
      for $tei in (/tei:TEI | /tei:teiCorpus//tei:TEI)
      return $tei/tei:text//tei:app[not(ancestor::tei:rdg)] ! map{generate-id(.): position()})"/>

  <xsl:function name="tk:app-number" as="xs:integer">
    <xsl:param name="app" as="element()"/>
    <xsl:sequence select="($tk:app-numbers(generate-id($app)), 0)[1]"/>
  </xsl:function>

  <!-- The readings of this app (not those of an app nested in them). -->
  <xsl:function name="tk:readings" as="element()*">
    <xsl:param name="app" as="element()"/>
    <xsl:sequence select="$app//(tei:lem | tei:rdg)[ancestor::tei:app[1] is $app]"/>
  </xsl:function>

  <!-- In the location-referenced and double-end-point methods the text is elsewhere: an app shows
       only its call where it stands. -->
  <xsl:variable name="tk:app-in-line" as="xs:boolean"
      select="not((/tei:TEI | /tei:teiCorpus)//tei:variantEncoding/@method = ('location-referenced', 'double-end-point'))"/>

  <!-- What the text shows: the lemma, else the first reading. -->
  <xsl:function name="tk:app-base" as="element()?">
    <xsl:param name="app" as="element()"/>
    <xsl:variable name="readings" select="tk:readings($app)"/>
    <xsl:sequence select="($readings[self::tei:lem], $readings)[1]"/>
  </xsl:function>

  <!-- A witness's siglum: its abbr or siglum idno, its @n, else the pointer's id. -->
  <xsl:function name="tk:siglum" as="xs:string">
    <xsl:param name="context" as="node()"/>
    <xsl:param name="pointer" as="xs:string"/>
    <xsl:variable name="w" select="tk:local-target($context, $pointer)"/>
    <xsl:sequence select="(($w/tei:abbr[@type = 'siglum'], $w//tei:idno[@type = 'siglum'], $w/tei:abbr, $w/@n)
                           ! normalize-space(), replace($pointer, '^.*#', ''))[. != ''][1]"/>
  </xsl:function>

  <!-- Sigla of a reading: its @wit resolved, else its wit elements as written. -->
  <xsl:function name="tk:sigla" as="xs:string*">
    <xsl:param name="reading" as="element()"/>
    <xsl:sequence select="if (normalize-space($reading/@wit))
        then tokenize(normalize-space($reading/@wit), ' ') ! tk:siglum($reading, .)
        else $reading/tei:wit ! normalize-space()"/>
  </xsl:function>

  <xsl:template match="tei:app" mode="reading diplomatic">
    <xsl:variable name="base" select="tk:app-base(.)"/>
    <xsl:variable name="block" select="tk:has-block(.)"/>
    <xsl:element name="{if ($block) then 'div' else 'span'}">
      <xsl:attribute name="class" select="'app'"/>
      <xsl:if test="$tk:app-in-line">
        <xsl:element name="{if ($block) then 'div' else 'span'}">
          <xsl:attribute name="class" select="if ($base/self::tei:lem) then 'lem' else 'lem base-rdg'"/>
          <xsl:apply-templates select="$base/node()" mode="#current"/>
        </xsl:element>
      </xsl:if>
      <xsl:call-template name="tk:app-call"/>
    </xsl:element>
  </xsl:template>

  <!-- Sigla written into a reading are shown in the apparatus, not in the text. -->
  <xsl:template match="tei:app//tei:wit | tei:app//tei:witDetail" mode="reading diplomatic"/>

  <!-- The call; $app-band is the id prefix of the band it links to (the side-by-side view has one). -->
  <xsl:template name="tk:app-call">
    <xsl:param name="idp" as="xs:string" select="''" tunnel="yes"/>
    <xsl:param name="app-band" as="xs:string" select="$idp" tunnel="yes"/>
    <xsl:variable name="n" select="tk:app-number(.)"/>
    <sup class="app-call" id="{$idp}tk-appc-{$n}"><a href="#{$app-band}tk-app-{$n}" role="doc-noteref"
        aria-label="Variant readings {format-integer($n, 'a')}">{format-integer($n, 'a')}</a></sup>
  </xsl:template>

  <!-- The lemma as a short label: its words, without notes and the alternatives the text hides. -->
  <xsl:function name="tk:lemma-label" as="xs:string">
    <xsl:param name="reading" as="element()"/>
    <xsl:variable name="words" select="tokenize(normalize-space(string-join(
        $reading//text()[not(ancestor::tei:note | ancestor::tei:wit | ancestor::tei:rdg[not(. is $reading)])][not(tk:reading-hidden(.))], '')), ' ')"/>
    <xsl:sequence select="if (count($words) le 6) then string-join($words, ' ')
                          else string-join(($words[1], $words[2], '…', $words[last()]), ' ')"/>
  </xsl:function>

  <!-- The apparatus band of a view (after the text), its readings as that view ($app-view) renders
       text; the side-by-side view shows its reading column's. -->
  <xsl:template name="tk:apparatus-section">
    <xsl:param name="idp" as="xs:string" select="''" tunnel="yes"/>
    <xsl:variable name="apps" select="/tei:TEI/tei:text//tei:app[not(ancestor::tei:rdg)]"/>
    <xsl:if test="exists($apps)">
      <section class="apparatus" aria-labelledby="{$idp}tk-app-h">
        <h2 id="{$idp}tk-app-h">Apparatus</h2>
        <ol class="apparatus" type="a">
          <xsl:for-each select="$apps">
            <xsl:variable name="n" select="tk:app-number(.)"/>
            <li id="{$idp}tk-app-{$n}" value="{$n}">
              <xsl:apply-templates select="." mode="tk:app-entry"/>
              <xsl:text> </xsl:text>
              <a class="back" href="#{$idp}tk-appc-{$n}" role="doc-backlink" aria-label="Back to the text">↩</a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- One entry: where (the verse line), the lemma] and every other reading with its sigla. -->
  <xsl:template match="tei:app" mode="tk:app-entry">
    <xsl:variable name="base" select="tk:app-base(.)"/>
    <xsl:variable name="line" select="ancestor::tei:l[1] ! tk:line-number(.)"/>
    <xsl:if test="exists($line)"><span class="app-line">{$line}</span><xsl:text> </xsl:text></xsl:if>
    <span class="lem">{tk:lemma-label($base)}</span><span class="app-sep">]</span>
    <xsl:call-template name="tk:app-sigla"><xsl:with-param name="reading" select="$base"/></xsl:call-template>
    <xsl:for-each select="tk:readings(.) except $base">
      <span class="app-sep">;</span><xsl:text> </xsl:text>
      <span class="rdg {tk:class(@type)}">
        <xsl:choose>
          <xsl:when test="normalize-space(string-join(node() except tei:wit))"><xsl:apply-templates mode="tk:app-reading"/></xsl:when>
          <xsl:otherwise><i class="om">om.</i></xsl:otherwise>
        </xsl:choose>
      </span>
      <xsl:call-template name="tk:app-sigla"><xsl:with-param name="reading" select="."/></xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="tei:witDetail | tei:note">
      <xsl:text> </xsl:text><span class="{local-name()}">(<xsl:if test="self::tei:witDetail/@wit">{string-join(tk:sigla(.), ' ')}: </xsl:if><xsl:apply-templates mode="tk:app-reading"/>)</span>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="tk:app-sigla">
    <xsl:param name="reading" as="element()?"/>
    <xsl:variable name="sigla" select="$reading ! tk:sigla(.)"/>
    <xsl:if test="exists($sigla)"><xsl:text> </xsl:text><span class="wit">{string-join($sigla, ' ')}</span></xsl:if>
  </xsl:template>

  <!-- A reading's content in the band: as the view renders text, apps inside it by their first reading. -->
  <xsl:template match="node()" mode="tk:app-reading">
    <xsl:param name="app-view" as="xs:string" select="'reading'" tunnel="yes"/>
    <xsl:choose>
      <xsl:when test="$app-view = 'diplomatic'"><xsl:apply-templates select="." mode="diplomatic"/></xsl:when>
      <xsl:otherwise><xsl:apply-templates select="." mode="reading"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:app" mode="tk:app-reading">
    <xsl:apply-templates select="tk:app-base(.)/node()" mode="tk:app-reading"/>
  </xsl:template>
  <xsl:template match="tei:wit" mode="tk:app-reading"/>
</xsl:stylesheet>
