<?xml version="1.0" encoding="UTF-8"?>
<!--
  Print overrides of the shared text templates (modes reading and diplomatic):
  one article per document with its heading block; notes as footnotes
  (float: footnote in print.css) standing at their call; an anchor on every
  name with a register @ref and on every speaker with sp/@who, for the indexes.
  The shared globals keyed on /tei:TEI (note and mention numbers) do not apply
  to a corpus, so everything numbered here is numbered per document.
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    xmlns:pr="urn:teikit:print"
    exclude-result-prefixes="#all">

  <xsl:function name="pr:doc-id" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <!-- from document order, never generate-id(): the same edition gives the same PDF bytes -->
    <xsl:sequence select="string(($tei/@xml:id, 'doc-' || count($tei/preceding::tei:TEI) + 1)[1])"/>
  </xsl:function>

  <xsl:function name="pr:doc-date" as="element(tei:date)?">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="($tei/tei:teiHeader/tei:profileDesc/tei:creation/tei:date,
        $tei/tei:teiHeader/tei:profileDesc/tei:correspDesc/tei:correspAction[@type = 'sent']/tei:date)[1]"/>
  </xsl:function>

  <!-- "2 July 1964" from @when; the typed date when @when is partial or absent. -->
  <xsl:function name="pr:doc-date-label" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="d" select="pr:doc-date($tei)"/>
    <xsl:sequence select="
        if ($d/@when castable as xs:date) then format-date(xs:date($d/@when), '[D] [MNn] [Y]', 'en', (), ())
        else if (normalize-space($d)) then normalize-space($d) else 'Undated'"/>
  </xsl:function>

  <!-- A running head must fit one line: cut long titles at a word. -->
  <xsl:function name="pr:short" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:param name="max" as="xs:integer"/>
    <xsl:sequence select="if (string-length($s) le $max) then $s
        else pr:untail(replace(substring($s, 1, $max), '\s+\S*$', '')) || '…'"/>
  </xsl:function>
  <!-- A cut title must not end on a word that leads into the lost rest ("… and I. G.…", "… of the…"):
       such words (an initial, a function word, a trailing comma or dash) go too. -->
  <xsl:function name="pr:untail" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:variable name="cut" select="replace($s, '\s+(\p{Lu}\p{Ll}?\.|a|an|the|and|or|nor|but|of|to|for|in|on|at|by|with|between|from|into|towards?|as|[-–—,;:])$|[,;:]$', '')"/>
    <xsl:sequence select="if ($cut eq $s or not(contains($cut, ' '))) then $cut else pr:untail($cut)"/>
  </xsl:function>

  <!-- Every indexed mention in the edition, in print order (documents by date, not file order), numbered once: their anchors are m1, m2, … -->
  <xsl:variable name="pr:mentions" as="element()*"
      select="for $d in $pr:docs return ($d/tei:text//(tei:persName | tei:orgName | tei:placeName)[pr:ref-id(.) != '']
               | $d/tei:text//tei:sp[pr:ref-id(.) != '']/tei:speaker[1])[pr:shown(.)]"/>

  <!-- Printed in this mode? A choice shows one alternative (as the shared choice templates decide). -->
  <xsl:function name="pr:shown" as="xs:boolean">
    <xsl:param name="n" as="element()"/>
    <xsl:sequence select="if (not($diplomatic)) then not(tk:reading-hidden($n))
        else empty($n/ancestor-or-self::*[parent::tei:choice][
               let $c := .. return not($c/tei:expan[@rend = 'brackets']) and exists($c/(tei:abbr | tei:sic | tei:orig))
                                   and not(. is ($c/(tei:abbr | tei:sic | tei:orig))[1])])"/>
  </xsl:function>
  <xsl:variable name="pr:mention-number" as="map(xs:string, xs:integer)"
      select="map:merge(for $i in 1 to count($pr:mentions) return map{generate-id($pr:mentions[$i]): $i})"/>

  <!-- Register id a name (@ref) or a speaker turn (@who) points at; '' for local pointers and none. -->
  <xsl:function name="pr:ref-id" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:variable name="ptr" select="tokenize(normalize-space(($el/@ref, $el/@who)[1]), ' ')[1]"/>
    <xsl:sequence select="if (empty($ptr) or starts-with($ptr, '#') or $el/ancestor::tei:teiHeader) then ''
                          else tk:ref-id($ptr)"/>
  </xsl:function>

  <xsl:function name="pr:mention-id" as="xs:string?">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="$pr:mention-number(generate-id($el)) ! ('m' || .)"/>
  </xsl:function>

  <!-- One document: a new page (print.css), heading block, text. -->
  <xsl:template match="tei:TEI" mode="pr:document">
    <xsl:variable name="title" select="tk:doc-title(.)"/>
    <article class="document" id="{pr:doc-id(.)}" lang="{(tk:safe-lang(@xml:lang), 'en')[1]}"
        data-running="{pr:short($title, 80)}">
      <xsl:apply-templates select="tei:teiHeader" mode="pr:heading"/>
      <div class="text {$pr:mode}">
        <xsl:choose>
          <xsl:when test="$diplomatic"><xsl:apply-templates select="tk:text-parts(.)" mode="diplomatic"/></xsl:when>
          <xsl:otherwise><xsl:apply-templates select="tk:text-parts(.)" mode="reading"/></xsl:otherwise>
        </xsl:choose>
      </div>
    </article>
  </xsl:template>

  <!-- The heading block: date, title, correspondents, archive citation, translator, summary. -->
  <xsl:template match="tei:teiHeader" mode="pr:heading">
    <xsl:variable name="tei" select=".."/>
    <xsl:variable name="sd" select="tei:fileDesc/tei:sourceDesc"/>
    <xsl:variable name="translators" select="tk:translators(.)"/>
    <xsl:variable name="ms" select="$sd/tei:msDesc/tei:msIdentifier[not(tei:repository[matches(., '^unknown', 'i')])]"/>
    <xsl:variable name="url" select="tk:safe-href((tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'URL'])[1])"/>
    <header class="doc-head">
      <p class="doc-date">{pr:doc-date-label($tei)}</p>
      <h1 class="doc-title">{pr:glue(tk:doc-title($tei))}</h1>
      <xsl:for-each select="tei:profileDesc/tei:correspDesc/tei:correspAction[@type = ('sent', 'received')]">
        <p class="doc-corresp"><span class="label">{if (@type = 'sent') then 'From' else 'To'}: </span>
          {string-join((tei:persName, tei:orgName, tei:name, tei:placeName) ! normalize-space(), ', ')}</p>
      </xsl:for-each>
      <xsl:choose>
        <xsl:when test="$sd/tei:bibl[@type = 'citation']">
          <p class="doc-source"><span class="label">Source: </span>
            <xsl:apply-templates select="$sd/tei:bibl[@type = 'citation'][1]" mode="tk:meta"/></p>
        </xsl:when>
        <xsl:when test="$ms">
          <p class="doc-source"><span class="label">Source: </span>
            {string-join(($ms/tei:repository, $ms/tei:collection, $ms/tei:idno) ! normalize-space(), ', ')}</p>
        </xsl:when>
      </xsl:choose>
      <xsl:if test="$url"><p class="doc-url">{$url}</p></xsl:if>
      <xsl:variable name="named" select="distinct-values($translators ! normalize-space())[not(matches(., '^translator not named', 'i'))]"/>
      <xsl:choose>
        <xsl:when test="exists($named)">
          <p class="doc-translator"><span class="label">Translated by </span>{pr:glue(string-join($named, ', '))}</p>
        </xsl:when>
        <xsl:when test="exists($translators)"><p class="doc-translator"><span class="label">Translator not named by the archive</span></p></xsl:when>
      </xsl:choose>
      <xsl:variable name="summary" select="tei:profileDesc/tei:abstract"/>
      <xsl:if test="normalize-space(string-join($summary))">
        <div class="doc-summary"><xsl:apply-templates select="$summary/tei:p" mode="tk:meta"/></div>
      </xsl:if>
    </header>
  </xsl:template>

  <!-- "CWIHP e-Dossier" + "No. 42" are typed without a space between the two elements. -->
  <xsl:template match="tei:series/tei:biblScope[preceding-sibling::node()[1][self::*]]" mode="tk:meta">
    <xsl:text> </xsl:text><xsl:apply-templates mode="#current"/>
  </xsl:template>

  <!-- ===== Notes as footnotes ===== -->

  <!-- Number of a note within its text (reading text: hidden alternatives' notes and notes kept in place are not counted), and
       its place among all the notes of its document (for its id). Computed once for the edition:
       counting the notes before each note made the print HTML quadratic in the size of a volume. -->
  <xsl:variable name="pr:note-numbers" as="map(xs:string, xs:integer)" select="map:merge(
      for $t in $pr:docs//(tei:text | tei:sourceDoc | tei:facsimile), $shown in array{$t//tei:note[not(tk:reading-hidden(.) or tk:note-in-place(.))]}
      return for $i in 1 to array:size($shown)
             return $shown($i)[ancestor::*[self::tei:text or self::tei:sourceDoc or self::tei:facsimile][1] is $t] ! map{generate-id(.): $i})"/>
  <xsl:variable name="pr:note-places" as="map(xs:string, xs:integer)" select="map:merge(
      for $d in $pr:docs, $notes in array{$d//tei:note} return for $i in 1 to array:size($notes)
      return map{generate-id($notes($i)): $i})"/>

  <xsl:function name="pr:note-number" as="xs:integer">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="($pr:note-numbers(generate-id($note)), 0)[1]"/>
  </xsl:function>

  <!-- The footnote itself; the engine moves it to the foot of the page and leaves its call here. -->
  <xsl:template name="pr:footnote">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:param name="marker" as="xs:string"/>
    <xsl:variable name="tei" select="$note/ancestor::tei:TEI[1]"/>
    <xsl:variable name="nth" as="xs:integer" select="$pr:note-places(generate-id($note))"/>
    <span class="footnote {tk:class('note-' || $note/@type)}" data-n="{$marker}"
          id="{($note/@xml:id, 'fn-' || pr:doc-id($tei) || '-' || $nth)[1]}">
      <xsl:if test="$note/@type = 'sic' and not($diplomatic)"><span class="note-kind">Translator’s remark: </span></xsl:if>
      <xsl:apply-templates select="$note/node()" mode="#current"/>
    </span>
  </xsl:template>

  <!-- Reading: every note is a footnote, its call at its anchor or where it stood. -->
  <xsl:template match="tei:note" mode="reading">
    <xsl:if test="empty(tk:call-host(.))">
      <xsl:call-template name="pr:footnote">
        <xsl:with-param name="note" select="."/>
        <xsl:with-param name="marker" select="string(pr:note-number(.))"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:anchor" mode="reading">
    <xsl:for-each select="key('tk:note-by-target', @xml:id)[tk:call-host(.) is current()]">
      <xsl:call-template name="pr:footnote">
        <xsl:with-param name="note" select="."/>
        <xsl:with-param name="marker" select="string(pr:note-number(.))"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- A paragraph that holds only notes ("[Translator’s note: …]" typed on a line of its own) would print
       its call alone on a line: its notes are called at the end of the paragraph before it instead (the
       last p of the preceding block, e.g. of a speech), glued to its last word. -->
  <xsl:function name="pr:note-only" as="xs:boolean">
    <xsl:param name="el" as="element()?"/>
    <xsl:sequence select="exists($el[self::tei:p or self::tei:ab][tei:note])
        and empty($el/(* except tei:note)) and not(normalize-space(string-join($el/text(), '')))"/>
  </xsl:function>

  <!-- The host of a note-only paragraph is the last p or ab of the element just before it. Found once from
       the note-only paragraphs (few): asking every paragraph which of its ancestors it ends walked each
       ancestor's whole subtree, quadratic in a volume's paragraphs (FRUS 1.4 MB: most of the print time). -->
  <xsl:variable name="pr:guest-notes" as="map(xs:string, element(tei:note)*)" select="map:merge(
      for $only in $pr:docs//(tei:p | tei:ab)[pr:note-only(.)],
          $host in ($only/preceding-sibling::*[1]/descendant-or-self::*[self::tei:p or self::tei:ab])[last()]
      return map{generate-id($host): $only/tei:note}, map{'duplicates': 'combine'})"/>

  <xsl:function name="pr:guest-notes" as="element(tei:note)*">
    <xsl:param name="host" as="element()"/>
    <xsl:sequence select="$pr:guest-notes(generate-id($host))"/>
  </xsl:function>

  <xsl:template match="(tei:p | tei:ab)[pr:note-only(.)]
      [preceding-sibling::*[1]/descendant-or-self::*[self::tei:p or self::tei:ab]]" mode="reading"/>

  <xsl:template match="(tei:p | tei:ab)[map:contains($pr:guest-notes, generate-id(.))]" mode="reading">
    <xsl:variable name="guests" select="pr:guest-notes(.)"/>
    <xsl:variable name="shared"><xsl:next-match/></xsl:variable>
    <!-- the paragraph may come with other elements (an anchor before it): the guests go into the last -->
    <xsl:sequence select="$shared/node()[position() lt last()]"/>
    <xsl:for-each select="$shared/node()[last()]">
      <xsl:copy>
        <xsl:sequence select="@*, node()[not(position() = last() and self::text())]"/>
        <xsl:value-of select="replace(node()[last()][self::text()], '\s+$', '')"/>
        <xsl:apply-templates select="$guests" mode="reading"/>
      </xsl:copy>
    </xsl:for-each>
  </xsl:template>

  <!-- Diplomatic: a typed footnote ("*") goes to the foot of the page with its typed call;
       notes typed inline in brackets stay inline (shared template). -->
  <xsl:template match="tei:note[@type = 'footnote'][tk:call-host(.)]" mode="diplomatic"/>

  <!-- Other notes: the shared rendering, minus its id (numbered from /tei:TEI, it repeats in a corpus). -->
  <xsl:template match="tei:note" mode="diplomatic">
    <xsl:variable name="shared"><xsl:next-match/></xsl:variable>
    <xsl:for-each select="$shared/node()">
      <xsl:copy><xsl:sequence select="@* except @id, node()"/></xsl:copy>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:anchor" mode="diplomatic">
    <xsl:variable name="notes" select="key('tk:note-by-target', @xml:id)[tk:call-host(.) is current()]"/>
    <xsl:choose>
      <xsl:when test="$notes[@type = 'footnote']">
        <xsl:for-each select="$notes[@type = 'footnote']">
          <xsl:call-template name="pr:footnote">
            <xsl:with-param name="note" select="."/>
            <xsl:with-param name="marker" select="string((@n, ../@n, '*')[1])"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise><span class="anchor">{@n}</span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== Names and speakers: an anchor per mention ===== -->

  <xsl:template match="tei:persName | tei:orgName | tei:placeName" mode="reading diplomatic">
    <span class="name {tk:kind(local-name())}">
      <xsl:if test="pr:mention-id(.)">
        <xsl:attribute name="id" select="pr:mention-id(.)"/>
        <xsl:attribute name="data-ref" select="pr:ref-id(.)"/>
      </xsl:if>
      <xsl:apply-templates mode="#current"/>
    </span>
  </xsl:template>

  <!-- The views anchor names inside an alternative they do not show; print indexes only what it prints
       (pr:shown), so that the page number of a mention is the page where a reader finds it. -->
  <xsl:template name="tk:hidden-mention-anchors"/>

  <xsl:template match="tei:speaker" mode="reading diplomatic">
    <p class="speaker">
      <xsl:if test="pr:mention-id(.)"><xsl:attribute name="id" select="pr:mention-id(.)"/></xsl:if>
      <xsl:apply-templates mode="#current"/>
    </p>
  </xsl:template>

  <!-- A speaker label's closing stop or colon ("L. I. Brezhnev.") ran the label into the speech in the
       source; print sets the label on a line of its own, where some labels with it and most without
       read as a mistake. The reading text drops it; the diplomatic one keeps it. -->
  <xsl:template match="tei:speaker/text()[not(following-sibling::node())][matches(., '^\s*[.:]\s*$')]"
      mode="reading" priority="1"/>

  <!-- ===== Reading-text marks that a page cannot show as tooltips ===== -->

  <xsl:template match="tei:metamark" mode="reading">
    <span class="metamark {tk:class(@function)}">
      <xsl:value-of select="if (@function = 'sic') then 'sic' else normalize-space(.)"/>
    </span>
  </xsl:template>

  <!-- Links out of the page do not print; their text does. -->
  <xsl:template match="tei:ref | tei:ptr" mode="reading diplomatic">
    <span class="ref"><xsl:apply-templates mode="#current"/></span>
  </xsl:template>

  <!-- ===== Typography: where a line must not break ===== -->
  <!-- A no-break space after an initial or a title ("N.&#160;S.&#160;Khrushchev", "Cde.&#160;Maurer",
       "No.&#160;328"), between a number and its unit or month ("500&#160;km", "9&#160;May"); no
       space at all before a note call, which stays glued to its word. The text is otherwise as written. -->
  <xsl:template match="tei:text//text()[not(parent::tei:list or parent::tei:table or parent::tei:row)]" mode="reading diplomatic" priority="-0.4">
    <xsl:variable name="glued" select="pr:glue(tk:unbroken(., $pr:mode))"/>
    <!-- a title before a name element is glued to it as within one text ("Cde.&#160;Zhivkov") -->
    <xsl:variable name="next" select="following-sibling::node()[1]"/>
    <xsl:value-of select="if ($next[self::tei:note[not(@place = ('margin', 'inline'))] or self::tei:anchor])
                          then replace($glued, '\s+$', '')
                          else if ($next[self::tei:persName] and matches($glued, '(^|[\s(“‘])(' || $pr:titles || ')\.\s+$')
                                   and not(matches($next, '^\s*\p{Lu}\p{Ll}?\.')))
                          then replace($glued, '\s+$', '&#160;') else $glued"/>
  </xsl:template>

  <xsl:template match="text()" mode="tk:meta"><xsl:value-of select="pr:glue(.)"/></xsl:template>

  <xsl:variable name="pr:titles" as="xs:string" select="'Cde|Cdes|Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|St|Mt|No|Nos|p|pp|vol|art|Art'"/>
  <xsl:variable name="pr:units" as="xs:string" select="'%|km|m|cm|mm|kg|g|t|ha|tons?|hours?|days?|years?|million|billion|thousand|rubles?|roubles?|lei|dollars?|percent|January|February|March|April|May|June|July|August|September|October|November|December'"/>

  <xsl:function name="pr:glue" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <!-- A source's no-break space next to a plain one (web pages pad with "&amp;nbsp; ") only widens the
         gap: the plain space already lets the line break there, so the run is one space. -->
    <xsl:variable name="spaced" select="replace($text, '[\s&#160;]*(\s&#160;|&#160;\s)[\s&#160;]*', ' ')"/>
    <!-- An initial is one capital, or a capital and a small letter ("Yu.", "Gh."). Twice: "N. S. K" needs
         the second initial as the first of the next match. A title is glued to a word, not to an initial,
         so that "Cde." may end a line before a long "Yu. V. Andropov". -->
    <xsl:variable name="initials" select="replace(replace($spaced, '(^|[\s(“‘.])(\p{Lu}\p{Ll}?\.)\s+(\p{Lu})', '$1$2&#160;$3'),
                                                  '(^|[\s(“‘.&#160;])(\p{Lu}\p{Ll}?\.)\s+(\p{Lu})', '$1$2&#160;$3')"/>
    <xsl:variable name="titled" select="replace($initials, '(^|[\s(“‘])(' || $pr:titles || ')\.\s+(\p{Ll}|\d|\p{Lu}\p{Ll}[^.])', '$1$2.&#160;$3')"/>
    <xsl:sequence select="replace($titled, '(\d)\s+(' || $pr:units || ')(\W|$)', '$1&#160;$2$3')"/>
  </xsl:function>
</xsl:stylesheet>
