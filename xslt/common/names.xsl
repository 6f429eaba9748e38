<?xml version="1.0" encoding="UTF-8"?>
<!--
  Names and dates.
  Reading: persName/orgName/placeName with @ref link to the register page entry,
  with a short card (canonical name, dates, role) read from the register
  document ($register-uri, resolved against the TEI file, read only from the TEI file's
  folder). Dates become <time>.
  Diplomatic: plain spans, coloured when $highlight-names is true.
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:variable name="tk:register-resolved" as="xs:string?"
      select="if ($register-uri = '' or empty(/)) then ()
              else string(resolve-uri($register-uri, (base-uri(/), static-base-uri())[1]))"/>
  <!-- doc() reads a register only from the document's own folder (teikit itself always passes
       $register, parsed safely): a register-uri cannot reach files elsewhere. -->
  <xsl:variable name="tk:register-beside" as="xs:boolean"
      select="exists($tk:register-resolved) and not(matches($tk:register-resolved, '%2[eEfF]|%5[cC]'))
              and tk:folder($tk:register-resolved) = tk:folder(string((base-uri(/), static-base-uri())[1]))"/>
  <!-- The folder part of a URI, with file:/x and file:///x spelt alike. -->
  <xsl:function name="tk:folder" as="xs:string">
    <xsl:param name="uri" as="xs:string"/>
    <xsl:sequence select="replace(replace($uri, '^[Ff][Ii][Ll][Ee]:/+', 'file:/'), '/[^/]*$', '/')"/>
  </xsl:function>
  <xsl:variable name="tk:register" as="document-node()?"
      select="if (exists($register)) then $register
              else if ($tk:register-beside and doc-available($tk:register-resolved))
              then doc($tk:register-resolved) else ()"/>

  <xsl:key name="tk:entry" match="*[@xml:id]" use="@xml:id"/>

  <!-- Mentions with a register @ref, numbered once for the register pages' links (m1, m2, … in document order). -->
  <xsl:variable name="tk:mention-numbers" as="map(xs:string, xs:integer)"
      select="let $s := $tk:text-roots//(tei:persName | tei:orgName | tei:placeName)[@ref]
                      return map:merge(for $i in 1 to count($s) return map{generate-id($s[$i]): $i})"/>

  <xsl:function name="tk:ref-id" as="xs:string">
    <xsl:param name="ref" as="xs:string?"/>
    <xsl:variable name="first" select="tokenize(normalize-space($ref), ' ')[1]"/>
    <xsl:sequence select="if (contains($first, '#')) then substring-after($first, '#') else string($first)"/>
  </xsl:function>

  <xsl:function name="tk:entry" as="element()?">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="if ($id = '') then ()
                          else if (exists($register-index)) then $register-index($id)?entry
                          else if (exists($tk:register)) then key('tk:entry', $id, $tk:register)[1] else ()"/>
  </xsl:function>

  <!-- Every entry of a register by @xml:id (the first, as key() finds it) with its card: built once
       per register by the caller and passed as $register-index, so that no transform indexes the
       register or builds a card again. -->
  <xsl:function name="tk:register-index" as="map(xs:string, map(xs:string, item()?))" visibility="public">
    <xsl:param name="register" as="document-node()"/>
    <xsl:sequence select="map:merge($register//*[@xml:id] ! map{string(@xml:id): map{'entry': ., 'card': tk:card-text(.)}},
                                    map{'duplicates': 'use-first'})"/>
  </xsl:function>

  <!-- Register page of an entry (by the entry's kind) or of a name (by the element's kind). -->
  <xsl:function name="tk:register-page" as="xs:string">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="
        if ($kind = ('person', 'personGrp', 'persName')) then 'persons.html'
        else if ($kind = ('org', 'orgName')) then 'organisations.html'
        else if ($kind = ('place', 'placeName')) then 'places.html' else 'persons.html'"/>
  </xsl:function>

  <!-- An entry's own page, in the folder named after its register page: persons/ID.html, and
       ID~2.html, … when its mentions run over several pages ('~' cannot occur in an xml:id). -->
  <xsl:function name="tk:entry-file" as="xs:string">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="page" as="xs:integer"/>
    <xsl:sequence select="$id || (if ($page gt 1) then '~' || $page else '') || '.html'"/>
  </xsl:function>

  <xsl:function name="tk:entry-href" as="xs:string">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="$register-pages || substring-before(tk:register-page($kind), '.html') || '/' || tk:entry-file($id, 1)"/>
  </xsl:function>

  <!-- Ids that can name a page: word characters, '.' and '-'. The translate() settles ASCII ids
       without the regex, whose \w costs several microseconds per call in SaxonC. -->
  <xsl:function name="tk:linkable-id" as="xs:boolean">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="$id != '' and (translate($id, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_', '') = ''
                          or matches($id, '^[\w.\-]+$'))"/>
  </xsl:function>

  <xsl:function name="tk:kind" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="map{'persName': 'person', 'orgName': 'org', 'placeName': 'place'}($name)"/>
  </xsl:function>

  <!-- Canonical name of a register entry. -->
  <xsl:function name="tk:entry-name" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="names" select="$e/(tei:persName | tei:orgName | tei:placeName | tei:name)"/>
    <xsl:sequence select="normalize-space(string-join(
        ($names[@type = ('canonical', 'main', 'full', 'reg')], $names[not(@type = ('alt', 'variant'))], $names)[1]//text(), ''))"/>
  </xsl:function>

  <xsl:function name="tk:year" as="xs:string?">
    <xsl:param name="d" as="element()?"/>
    <xsl:sequence select="($d/@when, $d/@notBefore, $d/@from, $d)[normalize-space()][1]
                          ! (if (matches(., '^-?\d{4}')) then replace(., '^(-?\d{4}).*$', '$1') else normalize-space(.))"/>
  </xsl:function>

  <!-- "1894–1971" or "fl. 1964". -->
  <xsl:function name="tk:entry-dates" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="b" select="tk:year($e/tei:birth[1])"/>
    <xsl:variable name="d" select="tk:year($e/tei:death[1])"/>
    <xsl:sequence select="
        if ($b or $d) then (($b, '?')[1] || '–' || ($d, '')[1])
        else if ($e/tei:floruit) then 'fl. ' || tk:year($e/tei:floruit[1])
        else if ($e/tei:event/tei:desc or $e/(@from | @when)) then tk:year($e) else ()"/>
  </xsl:function>

  <!-- First office or occupation, with the body it belongs to when the register names it. -->
  <xsl:function name="tk:entry-role" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="r" select="($e/(tei:occupation, tei:roleName, tei:affiliation, tei:state/tei:desc, tei:desc,
                                     tei:location/tei:country, tei:country, tei:note)[normalize-space()])[1]"/>
    <xsl:variable name="body" select="$r/@ref[starts-with(., '#')] ! key('tk:entry', substring(., 2), root($e))[1]"/>
    <xsl:variable name="text" select="$r ! normalize-space(string-join(.//text(), ''))"/>
    <xsl:sequence select="$text ! (. || ($body ! tk:entry-name(.))[. != $text] ! (', ' || .))"/>
  </xsl:function>

  <xsl:function name="tk:card-text" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="string-join((tk:entry-name($e), tk:entry-dates($e) ! ('(' || . || ')'), tk:entry-role($e) ! ('— ' || .)), ' ')"/>
  </xsl:function>

  <!-- A card: from $register-index when the entry is the one indexed there, else built now. -->
  <xsl:function name="tk:card" as="xs:string?">
    <xsl:param name="e" as="element()?"/>
    <xsl:variable name="indexed" select="$register-index ! .(string($e/@xml:id))"/>
    <xsl:sequence select="if (empty($e)) then () else if ($indexed?entry is $e) then $indexed?card else tk:card-text($e)"/>
  </xsl:function>

  <!-- Reading view: a linked name. -->
  <xsl:template match="tei:persName | tei:orgName | tei:placeName" mode="reading">
    <xsl:param name="idp" as="xs:string" select="''" tunnel="yes"/>
    <xsl:variable name="kind" select="tk:kind(local-name())"/>
    <xsl:variable name="ref" select="string(@ref)"/>
    <xsl:variable name="local" select="tk:local-target(., tokenize(normalize-space($ref), ' ')[1])"/>
    <xsl:variable name="id" select="tk:ref-id($ref)"/>
    <xsl:variable name="entry" select="if (starts-with($ref, '#')) then () else tk:entry($id)"/>
    <xsl:variable name="card" select="tk:card($entry)"/>
    <xsl:variable name="href" select="
        if ($ref = '' or ancestor::tei:ref or ancestor::tei:bibl[@corresp] or ancestor::tei:title[@ref]
            or ancestor::*[self::tei:persName or self::tei:orgName or self::tei:placeName][@ref]) then ()
        else if (starts-with($ref, '#')) then (if (local-name($local) = $tk:id-bearers) then '#' || $idp || $id else ())
        else if (tk:linkable-id($id)) then tk:entry-href((local-name($entry), local-name())[1], $id)
        else ()"/>
    <xsl:element name="{if (exists($href)) then 'a' else 'span'}">
      <xsl:attribute name="class" select="normalize-space('name ' || $kind || (if (@cert = 'low') then ' uncertain' else ''))"/>
      <xsl:if test="exists($href)"><xsl:attribute name="href" select="$href"/></xsl:if>
      <xsl:choose>
        <xsl:when test="@xml:id"><xsl:call-template name="tk:id"/></xsl:when>
        <xsl:when test="@ref and not(starts-with($ref, '#'))">
          <xsl:attribute name="id" select="$idp || 'tk-m' || $tk:mention-numbers(generate-id(current()))"/>
        </xsl:when>
      </xsl:choose>
      <!-- The card is shown by assets/site.js (hover, focus or a first tap); no title, so no second tooltip. -->
      <xsl:if test="$card"><xsl:attribute name="data-card" select="$card"/></xsl:if>
      <xsl:if test="@cert = 'low' and not($card)">
        <xsl:attribute name="title" select="'Not identified in the register'"/>
      </xsl:if>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>

  <!-- Diplomatic view: names stay text; optional colouring. -->
  <xsl:template match="tei:persName | tei:orgName | tei:placeName" mode="diplomatic">
    <span class="name {tk:kind(local-name())}{if ($highlight-names) then ' hl' else ''}">
      <xsl:call-template name="tk:id"/>
      <xsl:if test="$highlight-names">
        <xsl:attribute name="title" select="map{'persName': 'Person', 'orgName': 'Organisation',
            'placeName': 'Place'}(local-name()) || (tk:card(tk:entry(tk:ref-id(@ref))) ! (': ' || .))"/>
      </xsl:if>
      <xsl:apply-templates mode="#current"/></span>
  </xsl:template>

  <!-- A machine-readable value for <time datetime>, if the encoding gives a valid one. -->
  <xsl:function name="tk:datetime" as="xs:string?">
    <xsl:param name="d" as="element()"/>
    <xsl:sequence select="($d/@when, $d/@from, $d/@notBefore)[matches(., '^\d{4}(-\d{2}(-\d{2})?)?$')][1] ! string(.)"/>
  </xsl:function>

  <xsl:function name="tk:date-title" as="xs:string?">
    <xsl:param name="d" as="element()"/>
    <xsl:variable name="parts" select="(
        if ($d/@from or $d/@to) then 'from ' || ($d/@from, '?')[1] || ' to ' || ($d/@to, '?')[1] else (),
        if ($d/@notBefore or $d/@notAfter) then 'between ' || ($d/@notBefore, '?')[1] || ' and ' || ($d/@notAfter, '?')[1] else (),
        if ($d/@evidence = 'conjecture' or $d/@cert = ('low', 'medium')) then 'date partly inferred' else ())"/>
    <xsl:sequence select="string-join($parts, '; ')[. != '']"/>
  </xsl:function>

  <xsl:template match="tei:date | tei:time" mode="reading">
    <xsl:variable name="dt" select="tk:datetime(.)"/>
    <xsl:element name="{if ($dt) then 'time' else 'span'}">
      <xsl:attribute name="class" select="'date'"/>
      <xsl:if test="$dt"><xsl:attribute name="datetime" select="$dt"/></xsl:if>
      <xsl:if test="tk:date-title(.)"><xsl:attribute name="title" select="tk:date-title(.)"/></xsl:if>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:date | tei:time" mode="diplomatic">
    <span class="date{if ($highlight-names) then ' hl' else ''}">
      <xsl:if test="$highlight-names"><xsl:attribute name="title" select="'Date' || (tk:datetime(.) ! (': ' || .))"/></xsl:if>
      <xsl:apply-templates mode="#current"/></span>
  </xsl:template>
</xsl:stylesheet>
