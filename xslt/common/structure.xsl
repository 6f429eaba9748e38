<?xml version="1.0" encoding="UTF-8"?>
<!--
  Text structure shared by both views: text/front/body/back, div and head
  (h2…h6 by depth, the page title being the one h1), p/ab, quotations,
  references (safe hrefs only), bibliographic bits, figures, tables (verse: verse.xsl).
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:text | tei:group" mode="reading diplomatic">
    <xsl:apply-templates mode="#current"/>
  </xsl:template>

  <!-- The genre a division's @type tells a reader ("act" -> "Drama"); a type not in the table is
       no genre label (a raw "WRITINGSESSION" says nothing). teikit's own types included. -->
  <xsl:variable name="tk:div-genres" as="map(xs:string, xs:string)" select="map{
      'letter': 'letter', 'note': 'note', 'notification': 'notification', 'record': 'record',
      'memorandum': 'memorandum', 'telegram': 'telegram', 'cable': 'cable', 'ciphergram': 'ciphergram',
      'report': 'report', 'minutes': 'minutes', 'protocol': 'protocol', 'decree': 'decree', 'agreement': 'agreement',
      'conversation': 'conversation', 'transcript': 'transcript', 'interview': 'interview', 'speech': 'speech',
      'debate': 'debate', 'debatesection': 'debate', 'sitting': 'debate', 'session': 'debate',
      'act': 'drama', 'scene': 'drama', 'play': 'drama', 'drama': 'drama',
      'poem': 'poem', 'poems': 'poetry', 'canto': 'poetry', 'poetry': 'poetry', 'song': 'song',
      'chapter': 'prose', 'novel': 'novel', 'story': 'story', 'tale': 'story', 'essay': 'essay',
      'article': 'article', 'sermon': 'sermon', 'treatise': 'treatise', 'diary': 'diary', 'entry': 'diary',
      'diaryentry': 'diary', 'charter': 'charter', 'deed': 'deed', 'will': 'will', 'petition': 'petition',
      'edition': 'edition', 'dictionary': 'dictionary', 'glossary': 'glossary'}"/>

  <xsl:function name="tk:genre-of-div" as="xs:string?">
    <xsl:param name="type" as="xs:string?"/>
    <xsl:sequence select="$tk:div-genres(lower-case(replace(string($type), '[\s_-]', '')))"/>
  </xsl:function>

  <xsl:template match="tei:front | tei:body | tei:back" mode="reading diplomatic">
    <div class="{local-name()}"><xsl:call-template name="tk:id"/><xsl:apply-templates mode="#current"/></div>
  </xsl:template>

  <xsl:template match="tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5" mode="reading diplomatic">
    <xsl:element name="{if (tei:head) then 'section' else 'div'}">
      <xsl:attribute name="class" select="normalize-space('div ' || tk:class(@type))"/>
      <xsl:call-template name="tk:id"/>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>

  <!-- Heading level: h2 for a top-level div; a classification or subtitle head is not a heading. -->
  <xsl:template match="tei:head" mode="reading diplomatic">
    <xsl:variable name="depth" select="count(ancestor::*[starts-with(local-name(), 'div')][tei:head])"/>
    <xsl:variable name="is-heading" select="parent::*[starts-with(local-name(), 'div')]
        and not(@type = ('classification', 'sub', 'subtitle', 'marginal'))
        and not(preceding-sibling::tei:head[not(@type = ('classification', 'sub', 'subtitle', 'marginal'))])"/>
    <xsl:element name="{if ($is-heading) then 'h' || min((6, $depth + 1)) else 'p'}">
      <xsl:attribute name="class" select="normalize-space('head ' || tk:class(@type))"/>
      <xsl:call-template name="tk:id"/>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:p | tei:ab" mode="reading diplomatic">
    <xsl:variable name="el" select="if (tk:has-block(.)) then 'div' else if (tk:is-inline(.)) then 'span' else 'p'"/>
    <xsl:element name="{$el}">
      <xsl:attribute name="class" select="normalize-space(local-name() || ' ' || tk:class(@rend[. != 'brackets']))"/>
      <xsl:call-template name="tk:id"/>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:quote | tei:q | tei:said" mode="reading diplomatic">
    <xsl:choose>
      <xsl:when test="tk:has-block(.) or not(tk:is-inline(.))">
        <blockquote class="{local-name()}"><xsl:call-template name="tk:id"/><xsl:apply-templates mode="#current"/></blockquote>
      </xsl:when>
      <xsl:otherwise><span class="{local-name()}"><xsl:apply-templates mode="#current"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ref/ptr: an href only if safe, and for "#x" only if x is rendered with an id. -->
  <xsl:function name="tk:ref-href" as="xs:string?">
    <xsl:param name="el" as="element()"/>
    <xsl:param name="idp" as="xs:string"/>
    <xsl:variable name="t" select="tokenize(normalize-space($el/@target), ' ')[1]"/>
    <xsl:variable name="local" select="tk:local-target($el, $t)"/>
    <xsl:sequence select="
        if (starts-with($t, '#')) then (if (local-name($local) = $tk:id-bearers) then '#' || $idp || substring($t, 2) else ())
        else if ($el/ancestor::tei:ref) then () else tk:safe-href($t)"/>
  </xsl:function>

  <xsl:template match="tei:ref" mode="reading diplomatic">
    <xsl:param name="idp" as="xs:string" select="''" tunnel="yes"/>
    <xsl:variable name="href" select="tk:ref-href(., $idp)"/>
    <xsl:choose>
      <xsl:when test="exists($href) and not(ancestor::tei:ref)">
        <a class="ref" href="{$href}"><xsl:apply-templates mode="#current"/></a>
      </xsl:when>
      <xsl:otherwise><span class="ref"><xsl:apply-templates mode="#current"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:ptr" mode="reading diplomatic">
    <xsl:param name="idp" as="xs:string" select="''" tunnel="yes"/>
    <xsl:variable name="href" select="tk:ref-href(., $idp)"/>
    <xsl:if test="exists($href)"><a class="ptr" href="{$href}">{@target}</a></xsl:if>
  </xsl:template>

  <xsl:template match="tei:title" mode="reading diplomatic">
    <cite class="title"><xsl:apply-templates mode="#current"/></cite>
  </xsl:template>

  <!-- Figures: captions and descriptions only; images are never fetched from document data. -->
  <xsl:template match="tei:figure" mode="reading diplomatic">
    <figure class="figure"><xsl:call-template name="tk:id"/><xsl:apply-templates mode="#current"/></figure>
  </xsl:template>
  <xsl:template match="tei:graphic" mode="reading diplomatic">
    <span class="graphic" title="Image not shown"/>
  </xsl:template>
  <xsl:template match="tei:figDesc" mode="reading diplomatic">
    <span class="figDesc"><xsl:apply-templates mode="#current"/></span>
  </xsl:template>

  <!-- Tables -->
  <xsl:template match="tei:table" mode="reading diplomatic">
    <table class="table">
      <xsl:call-template name="tk:id"/>
      <xsl:if test="tei:head"><caption><xsl:apply-templates select="tei:head/node()" mode="#current"/></caption></xsl:if>
      <tbody><xsl:apply-templates select="node() except tei:head" mode="#current"/></tbody>
    </table>
  </xsl:template>
  <xsl:template match="tei:row" mode="reading diplomatic">
    <tr><xsl:call-template name="tk:id"/><xsl:apply-templates mode="#current"/></tr>
  </xsl:template>
  <xsl:template match="tei:cell" mode="reading diplomatic">
    <xsl:element name="{if (@role = 'label' or ../@role = 'label') then 'th' else 'td'}">
      <xsl:call-template name="tk:id"/>
      <xsl:if test="@cols castable as xs:integer"><xsl:attribute name="colspan" select="xs:integer(@cols)"/></xsl:if>
      <xsl:if test="@rows castable as xs:integer"><xsl:attribute name="rowspan" select="xs:integer(@rows)"/></xsl:if>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>
  <!-- Text directly in table/row (outside cells) must not be lost nor break the table model. -->
  <xsl:template match="tei:table/text()[normalize-space()] | tei:row/text()[normalize-space()]" mode="reading diplomatic">
    <tr><td><xsl:value-of select="."/></td></tr>
  </xsl:template>
</xsl:stylesheet>
