<?xml version="1.0" encoding="UTF-8"?>
<!--
  Lists: label/item pairs (teikit keeps the typed "1.", "a.", "-" in label) and
  plain item lists, nested lists inside items; glossary-like lists too.
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:list | tei:listBibl" mode="reading diplomatic">
    <!-- Typed labels replace list markers; without them, @rend/@type chooses ol or ul. -->
    <xsl:variable name="labelled" select="exists(tei:label)"/>
    <xsl:variable name="ordered" select="not($labelled) and (@rend = ('numbered', 'lettered') or @type = 'ordered')"/>
    <div class="list-block">
      <xsl:call-template name="tk:id"/>
      <xsl:apply-templates select="tei:head" mode="#current"/>
      <xsl:element name="{if ($ordered) then 'ol' else 'ul'}">
        <xsl:attribute name="class" select="normalize-space('list ' || tk:class((@rend, @type))
                                            || (if ($labelled) then ' labelled' else ''))"/>
        <xsl:apply-templates select="node() except tei:head" mode="#current"/>
      </xsl:element>
    </div>
  </xsl:template>

  <xsl:template match="tei:list/tei:head | tei:listBibl/tei:head" mode="reading diplomatic" priority="2">
    <p class="list-head"><xsl:apply-templates mode="#current"/></p>
  </xsl:template>

  <!-- An item takes the label just before it; a label with no item after it stands alone. -->
  <xsl:template match="tei:list/tei:item" mode="reading diplomatic">
    <li>
      <xsl:call-template name="tk:id"/>
      <xsl:apply-templates select="preceding-sibling::*[1][self::tei:label]" mode="#current">
        <xsl:with-param name="as-label" select="true()"/>
      </xsl:apply-templates>
      <xsl:apply-templates mode="#current"/>
    </li>
  </xsl:template>

  <!-- A work in a bibliography: a list item holding the citation (references.xsl links it);
       above tei:text//tei:bibl, which matches it too. -->
  <xsl:template match="tei:listBibl/tei:bibl" mode="reading diplomatic" priority="1">
    <li><xsl:call-template name="tk:id"/><xsl:next-match/></li>
  </xsl:template>

  <xsl:template match="tei:list/tei:label" mode="reading diplomatic">
    <xsl:param name="as-label" as="xs:boolean" select="false()"/>
    <xsl:choose>
      <xsl:when test="$as-label">
        <span class="label"><xsl:call-template name="tk:id"/><xsl:apply-templates mode="#current"/></span>
        <xsl:text> </xsl:text>
      </xsl:when>
      <xsl:when test="not(following-sibling::*[1][self::tei:item])">
        <li><span class="label"><xsl:call-template name="tk:id"/><xsl:apply-templates mode="#current"/></span></li>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- Text or elements typed between items stay, as list entries of their own. -->
  <xsl:template match="tei:list/text()[normalize-space()]" mode="reading diplomatic">
    <li class="stray"><xsl:value-of select="."/></li>
  </xsl:template>

  <xsl:template match="tei:label | tei:gloss | tei:term" mode="reading diplomatic">
    <span class="{local-name()}"><xsl:call-template name="tk:id"/><xsl:apply-templates mode="#current"/></span>
  </xsl:template>
</xsl:stylesheet>
