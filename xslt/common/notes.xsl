<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes and their calls.
  Reading: every note of <text> becomes a numbered endnote; the call stands at
  the note's anchor (note/@target) or where the note stood; links go both ways.
  Diplomatic: notes stand where the source had them, "*" calls as typed.
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="#all">

  <!-- Parents in which a note is part of the running text (as in teikit.tei.fidelity). -->
  <xsl:variable name="tk:note-mixed" as="xs:string*"
      select="('p','ab','head','item','label','speaker','stage','salute','signed','dateline','addrLine','note',
               'supplied','hi','foreign','l','quote','q','expan','title','bibl')"/>

  <!-- The anchor (or other element) that carries this note's call, if it is in the document. -->
  <xsl:function name="tk:call-host" as="element()?">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="(for $t in tokenize($note/@target, '\s+') return tk:local-target($note, $t))
                          [self::tei:anchor][1]"/>
  </xsl:function>

  <!-- Reading view skips these subtrees, so no call is printed inside them. -->
  <xsl:function name="tk:reading-hidden" as="xs:boolean">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="exists($n/ancestor-or-self::*[parent::tei:choice][not(. is tk:reading-alternative(..))])"/>
  </xsl:function>

  <xsl:function name="tk:has-call" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="host" select="tk:call-host($note)"/>
    <xsl:sequence select="not(tk:reading-hidden(($host, $note)[1]))"/>
  </xsl:function>

  <xsl:template name="tk:note-call">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:param name="idp" as="xs:string" select="''" tunnel="yes"/>
    <xsl:variable name="nid" select="tk:note-id($note)"/>
    <xsl:variable name="num" select="tk:note-number($note)"/>
    <sup class="call"><a href="#{$idp}{$nid}" id="{$idp}call-{$nid}" role="doc-noteref"
        aria-label="Note {$num}">{$num}</a></sup>
  </xsl:template>

  <!-- Reading: the note itself leaves only its call in the text. -->
  <xsl:template match="tei:note" mode="reading">
    <xsl:if test="empty(tk:call-host(.))">
      <xsl:call-template name="tk:note-call"><xsl:with-param name="note" select="."/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:anchor" mode="reading">
    <xsl:param name="idp" as="xs:string" select="''" tunnel="yes"/>
    <span class="anchor">
      <xsl:call-template name="tk:id"/>
      <xsl:for-each select="key('tk:note-by-target', @xml:id)[tk:call-host(.) is current()]">
        <xsl:call-template name="tk:note-call"><xsl:with-param name="note" select="."/></xsl:call-template>
      </xsl:for-each>
    </span>
  </xsl:template>

  <!-- The endnotes of the reading view (call this after the text). -->
  <xsl:template name="tk:notes-section">
    <xsl:param name="idp" as="xs:string" select="''" tunnel="yes"/>
    <xsl:variable name="notes" select="tk:text-parts(.)//tei:note[not(tk:reading-hidden(.) or tk:note-in-place(.))]"/>
    <xsl:if test="exists($notes)">
      <section class="notes" aria-labelledby="{$idp}tk-notes-h" role="doc-endnotes">
        <h2 id="{$idp}tk-notes-h">Notes</h2>
        <ol class="notes">
          <xsl:for-each select="$notes">
            <xsl:variable name="nid" select="tk:note-id(.)"/>
            <li id="{$idp}{$nid}" value="{tk:note-number(.)}" role="doc-endnote">
              <xsl:attribute name="class" select="'note ' || tk:class(('note-' || @type))"/>
              <xsl:if test="@type = 'sic'"><span class="note-kind">Translator’s remark: </span></xsl:if>
              <xsl:apply-templates mode="reading"/>
              <xsl:if test="tk:has-call(.)">
                <xsl:text> </xsl:text>
                <a class="back" href="#{$idp}call-{$nid}" role="doc-backlink"
                   aria-label="Back to the call of note {tk:note-number(.)}">↩</a>
              </xsl:if>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- Diplomatic: the note where it stood, its typed brackets and "*" kept. -->
  <xsl:template match="tei:note" mode="diplomatic" priority="20">
    <xsl:param name="idp" as="xs:string" select="''" tunnel="yes"/>
    <xsl:variable name="host" select="tk:call-host(.)"/>
    <!-- A note the source did not set off itself (brackets, a numbered footnote) is set off here:
         spaced from the words around it and marked (teikit.css), so it never runs into the text. -->
    <xsl:variable name="set-off" select="not(@rend = 'brackets' or (@type = 'footnote' and @n))"/>
    <xsl:variable name="inline" select="local-name(..) = $tk:note-mixed or tk:is-inline(..)"/>
    <xsl:if test="$set-off and $inline"><xsl:text> </xsl:text></xsl:if>
    <xsl:element name="{if ($inline) then 'span' else 'div'}">
      <xsl:attribute name="class" select="normalize-space('note ' || tk:class(('note-' || @type)) || (if ($set-off) then ' set-off' else ''))"/>
      <xsl:attribute name="id" select="$idp || tk:note-id(.)"/>
      <xsl:if test="@rend = 'brackets'"><span class="bracket">[</span></xsl:if>
      <xsl:if test="@type = 'footnote' and @n">
        <xsl:choose>
          <xsl:when test="$host/@xml:id"><a class="note-n" href="#{$idp}{$host/@xml:id}"
              aria-label="Back to the call {@n}">{@n}</a></xsl:when>
          <xsl:otherwise><span class="note-n">{@n}</span></xsl:otherwise>
        </xsl:choose>
      </xsl:if>
      <xsl:apply-templates mode="diplomatic"/>
      <xsl:if test="@rend = 'brackets'"><span class="bracket">]</span></xsl:if>
    </xsl:element>
    <xsl:if test="$set-off and $inline"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>

  <xsl:template match="tei:anchor" mode="diplomatic">
    <xsl:param name="idp" as="xs:string" select="''" tunnel="yes"/>
    <xsl:variable name="note" select="key('tk:note-by-target', @xml:id)[tk:call-host(.) is current()][1]"/>
    <xsl:choose>
      <xsl:when test="$note">
        <a class="anchor" href="#{$idp}{tk:note-id($note)}" aria-label="Note {@n}">
          <xsl:call-template name="tk:id"/>{@n}</a>
      </xsl:when>
      <xsl:otherwise><span class="anchor"><xsl:call-template name="tk:id"/>{@n}</span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
