<?xml version="1.0" encoding="UTF-8"?>
<!--
  Transcribed speech (debates, interviews, ParlaMint): u as a speaker turn like drama's sp, its
  @who resolved to a name; note type="speaker" as the turn's heading; incident, kinesic, vocal and
  a gap with a description as stage-direction-like remarks; a transcriber's note between or inside
  utterances stays in place (not an endnote).
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="#all">

  <!-- A note shown where it stands, in both views and print: a speaker heading, or a comment in a transcript. -->
  <xsl:function name="tk:note-in-place" as="xs:boolean">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="$note/@type = 'speaker' or exists($note/parent::tei:u) or exists($note/../tei:u)"/>
  </xsl:function>

  <!-- A name for a person element: given names first when the name is built of parts only. -->
  <xsl:function name="tk:person-name" as="xs:string">
    <xsl:param name="person" as="element()"/>
    <xsl:variable name="name" select="($person/self::tei:persName, $person/tei:persName, $person/tei:name, $person)[1]"/>
    <xsl:sequence select="if ($name/* and not($name/text()[normalize-space()]))
        then normalize-space(string-join(($name/tei:forename, $name/* except $name/tei:forename) ! normalize-space(), ' '))
        else normalize-space($name)"/>
  </xsl:function>

  <!-- "#id" or a register id, for a reader: the person's name (header or standOff listPerson, the
       register), else the id made readable ("lustige_person" -> "lustige person", "SmithJohn" -> "Smith John"). -->
  <xsl:function name="tk:who-name" as="xs:string">
    <xsl:param name="context" as="element()"/>
    <xsl:param name="who" as="xs:string?"/>
    <xsl:sequence select="string-join(
        for $ptr in tokenize(normalize-space($who), ' ') return
        let $local := tk:local-target($context, $ptr), $entry := tk:entry(tk:ref-id($ptr))
        return if (exists($local)) then tk:person-name($local)
               else if (exists($entry)) then tk:entry-name($entry)
               else normalize-space(replace(replace(replace($ptr, '^.*#', ''), '[_.:]+', ' '), '(\p{Ll})(\p{Lu})', '$1 $2')),
        ', ')"/>
  </xsl:function>

  <xsl:template match="tei:u" mode="reading diplomatic">
    <div class="sp u">
      <xsl:call-template name="tk:id"/>
      <!-- ParlaMint names the speaker in a note before the turn: that note is the label. -->
      <xsl:if test="normalize-space(@who) and not(preceding-sibling::*[1][self::tei:note[@type = 'speaker']])">
        <p class="speaker">{tk:who-name(., @who)}</p>
      </xsl:if>
      <div class="speech"><xsl:apply-templates mode="#current"/></div>
    </div>
  </xsl:template>

  <!-- A segment of an utterance is its paragraph. -->
  <xsl:template match="tei:u/tei:seg" mode="reading diplomatic">
    <p class="seg"><xsl:call-template name="tk:id"/><xsl:apply-templates mode="#current"/></p>
  </xsl:template>

  <!-- Both views; above the diplomatic note template (20). -->
  <xsl:template match="tei:note[tk:note-in-place(.)]" mode="reading diplomatic" priority="25">
    <xsl:call-template name="tk:in-place-note"/>
  </xsl:template>

  <xsl:template name="tk:in-place-note">
    <xsl:variable name="inline" select="tk:is-inline(.) and not(tk:has-block(.))"/>
    <xsl:element name="{if ($inline) then 'span' else if (tk:has-block(.)) then 'div' else 'p'}">
      <xsl:attribute name="class" select="if (@type = 'speaker') then 'speaker-head' else normalize-space('stage note ' || tk:class('note-' || @type))"/>
      <xsl:call-template name="tk:id"/>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>

  <!-- What happened beside the speech: a remark in italics, its description or else its type. -->
  <xsl:template match="tei:incident | tei:kinesic | tei:vocal | tei:gap[tei:desc]" mode="reading diplomatic" priority="25">
    <xsl:element name="{if (tk:is-inline(.)) then 'span' else 'p'}">
      <xsl:attribute name="class" select="normalize-space('stage ' || local-name() || ' ' || tk:class(@type))"/>
      <xsl:call-template name="tk:id"/>
      <xsl:if test="normalize-space(@who)"><span class="who">{tk:who-name(., @who)}: </span></xsl:if>
      <xsl:if test="self::tei:gap"><span class="gap" title="Omitted{@reason ! (' (' || . || ')')}">[…] </span></xsl:if>
      <xsl:choose>
        <xsl:when test="normalize-space(.)"><xsl:apply-templates mode="#current"/></xsl:when>
        <xsl:otherwise>({replace(string((@type, local-name())[1]), '[_-]+', ' ')})</xsl:otherwise>
      </xsl:choose>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:incident/tei:desc | tei:kinesic/tei:desc | tei:vocal/tei:desc | tei:gap/tei:desc"
      mode="reading diplomatic">
    <span class="desc"><xsl:apply-templates mode="#current"/></span>
  </xsl:template>
</xsl:stylesheet>
