<?xml version="1.0" encoding="UTF-8"?>
<!--
  Tokenised text (w, pc, c, g, m in s, phr, cl): inline, and the white space between tokens as the source
  gives it, one space for any run, except where TEI says the tokens join:
  punctuation (pc) glues to the token before it, opening punctuation to the
  one after it, and @join="left|right|both" glues the named side. Tokens with
  no white space between them stay joined.
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="#all">

  <!-- Tokens and the phrases made of them are linguistic markup, not layout: their text only, with
       no element, so that a tokenised novel lays out as the same novel untokenised (a box per word
       costs WeasyPrint gigabytes). One with an id (a link target) or a language keeps a span. -->
  <xsl:template match="(tei:w | tei:pc | tei:c | tei:g | tei:m | tei:s | tei:phr | tei:cl)[not(@xml:id or @xml:lang)]"
                mode="reading diplomatic">
    <xsl:apply-templates mode="#current"/>
  </xsl:template>

  <xsl:template match="tei:w | tei:pc | tei:c | tei:g | tei:m | tei:s | tei:phr | tei:cl" mode="reading diplomatic">
    <xsl:element name="{if (tk:has-block(.)) then 'div' else 'span'}">
      <xsl:attribute name="class" select="local-name()"/>
      <xsl:call-template name="tk:id"/>
      <xsl:if test="tk:safe-lang(@xml:lang)"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>

  <!-- A segment: a span in running text, a block where it holds a container's text (u/seg, ab/seg). -->
  <xsl:template match="tei:seg" mode="reading diplomatic">
    <xsl:element name="{if (tk:is-inline(.) and not(tk:has-block(.))) then 'span' else 'div'}">
      <xsl:attribute name="class" select="normalize-space('seg ' || tk:class(@type))"/>
      <xsl:call-template name="tk:id"/>
      <xsl:if test="tk:safe-lang(@xml:lang)"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>

  <!-- Opening punctuation: brackets and opening quotes, inverted marks. -->
  <xsl:function name="tk:opens" as="xs:boolean">
    <xsl:param name="pc" as="element()"/>
    <xsl:sequence select="matches(string($pc), '^[\p{Ps}\p{Pi}¿¡]')"/>
  </xsl:function>

  <xsl:function name="tk:glues-right" as="xs:boolean">
    <xsl:param name="token" as="element()"/>
    <xsl:sequence select="$token/@join = ('right', 'both') or ($token/self::tei:pc and tk:opens($token))"/>
  </xsl:function>

  <xsl:function name="tk:glues-left" as="xs:boolean">
    <xsl:param name="token" as="element()"/>
    <xsl:sequence select="$token/@join = ('left', 'both')
                          or ($token/self::tei:pc and not($token/@join = 'right') and not(tk:opens($token)))"/>
  </xsl:function>

  <xsl:template match="text()[not(normalize-space())][preceding-sibling::node()[1][self::tei:w or self::tei:pc or self::tei:c or self::tei:g]]
                             [following-sibling::node()[1][self::tei:w or self::tei:pc or self::tei:c or self::tei:g]]"
                mode="reading diplomatic" priority="5">
    <xsl:if test="not(tk:glues-right(preceding-sibling::*[1]) or tk:glues-left(following-sibling::*[1]))">
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
