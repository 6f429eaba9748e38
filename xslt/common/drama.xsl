<?xml version="1.0" encoding="UTF-8"?>
<!--
  Speaker turns (records of conversation, drama): sp as a dialogue row, the speaker
  beside the speech (from sp/@who when the turn names none); stage directions in
  italics, inline or as a block; a cast list as a list of roles.
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:sp" mode="reading diplomatic">
    <div class="sp">
      <xsl:call-template name="tk:id"/>
      <xsl:apply-templates select="tei:speaker" mode="#current"/>
      <xsl:if test="empty(tei:speaker) and normalize-space(@who)"><p class="speaker">{tk:who-name(., @who)}</p></xsl:if>
      <div class="speech"><xsl:apply-templates select="node() except tei:speaker" mode="#current"/></div>
    </div>
  </xsl:template>

  <!-- The speaker links to the register when sp/@who points there and the speaker has no linked name. -->
  <xsl:template match="tei:speaker" mode="reading">
    <xsl:variable name="who" select="tokenize(normalize-space(../@who), ' ')[1]"/>
    <xsl:variable name="id" select="tk:ref-id($who)"/>
    <xsl:variable name="entry" select="tk:entry($id)"/>
    <p class="speaker">
      <xsl:choose>
        <xsl:when test="$who and not(starts-with($who, '#')) and not(.//*[@ref]) and tk:linkable-id($id)">
          <a class="name person" href="{tk:entry-href((local-name($entry), 'person')[1], $id)}">
            <xsl:if test="tk:card($entry)"><xsl:attribute name="data-card" select="tk:card($entry)"/></xsl:if>
            <xsl:apply-templates mode="#current"/></a>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates mode="#current"/></xsl:otherwise>
      </xsl:choose>
    </p>
  </xsl:template>

  <xsl:template match="tei:speaker" mode="diplomatic">
    <p class="speaker"><xsl:apply-templates mode="#current"/></p>
  </xsl:template>

  <xsl:template match="tei:stage" mode="reading diplomatic">
    <xsl:element name="{if (tk:is-inline(.)) then 'span' else 'p'}">
      <xsl:attribute name="class" select="'stage'"/>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>

  <!-- Cast list: roles (and groups of roles) as list items; anything else it holds stays a block. -->
  <xsl:template match="tei:castList | tei:castGroup" mode="reading diplomatic">
    <xsl:element name="{if (self::tei:castList) then 'div' else 'li'}">
      <xsl:attribute name="class" select="local-name()"/>
      <xsl:call-template name="tk:id"/>
      <xsl:for-each-group select="node()[not(self::text()[not(normalize-space())])]" group-adjacent="exists(self::tei:castItem | self::tei:castGroup)">
        <xsl:choose>
          <xsl:when test="current-grouping-key()">
            <ul class="cast"><xsl:apply-templates select="current-group()" mode="#current"/></ul>
          </xsl:when>
          <xsl:otherwise><xsl:apply-templates select="current-group()" mode="#current"/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each-group>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:castGroup/tei:head | tei:castList/tei:head" mode="reading diplomatic" priority="2">
    <p class="cast-head"><xsl:apply-templates mode="#current"/></p>
  </xsl:template>

  <xsl:template match="tei:castItem" mode="reading diplomatic">
    <li class="castItem"><xsl:call-template name="tk:id"/><xsl:apply-templates mode="#current"/></li>
  </xsl:template>

  <!-- Parts of a cast item: a space before one that follows another with none between. -->
  <xsl:template match="tei:role | tei:roleDesc | tei:actor" mode="reading diplomatic">
    <xsl:if test="preceding-sibling::node()[1][self::*]"><xsl:text> </xsl:text></xsl:if>
    <span class="{local-name()}"><xsl:call-template name="tk:id"/><xsl:apply-templates mode="#current"/></span>
  </xsl:template>
</xsl:stylesheet>
