<?xml version="1.0" encoding="UTF-8"?>
<!--
  Documentary encoding (TEI "Representation of primary sources"): sourceDoc and
  facsimile as a documentary view. Surfaces, zones and lines in document order
  (the encoder's reading order); a surface is labelled with its @n or label;
  zones and lines keep their @type as a class. Hands (@hand, handShift) become
  a class and a title naming the hand (its handNote where the header has one).
  add/del/mod themselves are in transcription.xsl; this module gives them their
  hand and place (an addition above the line is raised).
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:sourceDoc | tei:facsimile" mode="reading diplomatic">
    <section class="{local-name()}" aria-label="{if (self::tei:sourceDoc) then 'Documentary transcription' else 'Facsimile'}">
      <xsl:call-template name="tk:id"/>
      <xsl:apply-templates mode="#current"/>
    </section>
  </xsl:template>

  <xsl:template match="tei:surfaceGrp" mode="reading diplomatic">
    <div class="{normalize-space('surfaceGrp ' || tk:class(@type))}"><xsl:call-template name="tk:id"/><xsl:apply-templates mode="#current"/></div>
  </xsl:template>

  <xsl:template match="tei:surface" mode="reading diplomatic">
    <section class="{normalize-space('surface ' || tk:class(@type))}">
      <xsl:call-template name="tk:id"/>
      <xsl:if test="@n and not(tei:label)"><p class="surface-label">{normalize-space(@n)}</p></xsl:if>
      <xsl:apply-templates mode="#current"/>
    </section>
  </xsl:template>

  <xsl:template match="tei:surface/tei:label | tei:zone/tei:label | tei:surface/tei:desc | tei:zone/tei:desc" mode="reading diplomatic">
    <p class="surface-label"><xsl:apply-templates mode="#current"/></p>
  </xsl:template>

  <!-- A zone holds lines (a block) or sits inside a line (a span). -->
  <xsl:template match="tei:zone" mode="reading diplomatic">
    <xsl:element name="{if (tk:is-inline(.) and not(tk:has-block(.) or tei:line)) then 'span' else 'div'}">
      <xsl:attribute name="class" select="normalize-space('zone ' || tk:class(@type) || ' ' || tk:hand-class(.))"/>
      <xsl:call-template name="tk:id"/>
      <xsl:call-template name="tk:hand-title"/>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:line" mode="reading diplomatic">
    <xsl:element name="{if (tk:is-inline(.)) then 'span' else 'div'}">
      <xsl:attribute name="class" select="normalize-space('line ' || tk:class(@type) || ' ' || tk:hand-class(.))"/>
      <xsl:call-template name="tk:id"/>
      <xsl:call-template name="tk:hand-title"/>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>

  <!-- A graphic in a facsimile: its file named (never fetched), so a facsimile-only page says what it holds. -->
  <xsl:template match="tei:surface/tei:graphic[@url]" mode="reading diplomatic">
    <span class="graphic" title="Image not shown">{tokenize(@url, '/')[last()]}</span>
  </xsl:template>

  <xsl:template match="tei:handShift" mode="reading diplomatic">
    <span class="handShift {tk:hand-class(.)}" title="Change of hand: {tk:hand-name(@new)}"><xsl:text> </xsl:text></span>
  </xsl:template>

  <xsl:template match="tei:mod | tei:subst | tei:restore | tei:retrace | tei:redo | tei:undo | tei:damage" mode="reading diplomatic">
    <span class="{normalize-space(local-name() || ' ' || tk:class(@type) || ' ' || tk:hand-class(.))}">
      <xsl:call-template name="tk:hand-title"/>
      <xsl:apply-templates mode="#current"/>
    </span>
  </xsl:template>

  <!-- Class tokens for an element's hand ("hand-pbs") and place ("place-above", "raised"). -->
  <xsl:function name="tk:hand-class" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="normalize-space(string-join((
        ($el/@hand, $el/@new) ! ('hand-' || tk:class(replace(., '^#', ''))),
        $el/@place ! tk:class(tokenize(., '\s+') ! ('place-' || .)),
        if (tokenize($el/@place, '\s+') = ('above', 'supralinear', 'superlinear', 'top', 'interlinear')) then 'raised' else (),
        if (tokenize($el/@place, '\s+') = ('below', 'sublinear', 'bottom')) then 'lowered' else ()), ' '))"/>
  </xsl:function>

  <!-- The hand's name: its handNote's scribe or first words where the header describes it, else the pointer. -->
  <xsl:function name="tk:hand-name" as="xs:string">
    <xsl:param name="ptr" as="attribute()?"/>
    <xsl:variable name="note" select="$ptr ! tk:local-target(., normalize-space(.))"/>
    <xsl:sequence select="(($note/@scribe, $note/normalize-space())[. != ''][1] ! substring(., 1, 80),
                           normalize-space($ptr) ! replace(., '^#', ''))[1]"/>
  </xsl:function>

  <!-- A title saying who wrote it and where, for elements with @hand or @place. -->
  <xsl:template name="tk:hand-title">
    <xsl:variable name="parts" select="(@hand ! ('hand: ' || tk:hand-name(.)), @place ! ('place: ' || normalize-space(.)),
                                        @type[parent::tei:mod or parent::tei:damage] ! ('type: ' || .))"/>
    <xsl:if test="exists($parts)">
      <xsl:attribute name="title" select="(if (self::tei:add) then 'Added' else if (self::tei:del) then 'Deleted' else local-name())
                                          || ' (' || string-join($parts, ', ') || ')'"/>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
