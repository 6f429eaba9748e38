<?xml version="1.0" encoding="UTF-8"?>
<!--
  Helpers every module uses: safe URLs and language tags, block/inline
  decisions, output ids, note numbering. No templates that output text.
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="#all">

  <!-- Elements whose presence makes a container a block (HTML <p> cannot hold them). -->
  <xsl:variable name="tk:block-names" as="xs:string*"
      select="('p','ab','div','div1','div2','div3','div4','div5','list','table','lg','sp','floatingText',
               'figure','opener','closer','address','quote','listBibl','listPerson','listPlace','listOrg',
               'castList','titlePage','argument','epigraph','byline','trailer','postscript')"/>
  <!-- Parents inside which an unknown element is phrase-level. -->
  <xsl:variable name="tk:phrase-parents" as="xs:string*"
      select="('p','ab','head','l','label','speaker','stage','salute','signed','dateline','addrLine','hi',
               'emph','title','q','said','seg','persName','orgName','placeName','name','rs','date','time','ref',
               'num','measure','term','gloss','supplied','sic','corr','abbr','expan','orig','reg','add','del',
               'unclear','foreign','docDate','docAuthor','titlePart','byline','trailer','bibl','cell','item',
               'roleName','forename','surname','addName','idno','note')"/>
  <!-- Elements that are phrase-level by their kind (TEI's tokens, phrases and inline markup): inline
       wherever they stand, even when their parent holds no text of its own (a <s> of <w>s). seg is not
       among them: a seg holding a container's text (ParlaMint's u/seg) is a paragraph. -->
  <xsl:variable name="tk:inline-names" as="xs:string*"
      select="('w','pc','c','g','m','s','phr','cl','am','ex','hi','emph','foreign','term','gloss','mentioned',
               'soCalled','distinct','name','persName','orgName','placeName','geogName','roleName','forename',
               'surname','addName','genName','nameLink','date','time','num','measure','unit','abbr','expan','sic',
               'corr','orig','reg','choice','add','del','unclear','supplied','surplus','gap','damage','restore',
               'space','subst','mod','handShift','metamark','ref','ptr','rs','lb','pb','cb','anchor')"/>
  <!-- Elements whose templates write an HTML id from @xml:id (refs to others stay unlinked). -->
  <xsl:variable name="tk:id-bearers" as="xs:string*"
      select="('note','anchor','div','div1','div2','div3','div4','div5','p','ab','head','item','list','sp',
               'persName','orgName','placeName','table','row','cell','lg','l','figure','pb','milestone','seg',
               'opener','closer','quote','label','floatingText','front','body','back')"/>

  <!-- The two lists above as sets: tk:has-block and tk:is-inline run for most elements, and
       a map lookup is cheaper than comparing a name with every entry of a list. -->
  <xsl:variable name="tk:block-set" as="map(xs:string, xs:boolean)" select="map:merge($tk:block-names ! map{.: true()})"/>
  <xsl:variable name="tk:phrase-set" as="map(xs:string, xs:boolean)" select="map:merge($tk:phrase-parents ! map{.: true()})"/>
  <xsl:variable name="tk:inline-set" as="map(xs:string, xs:boolean)" select="map:merge($tk:inline-names ! map{.: true()})"/>

  <!-- An href from document data: http(s), relative or fragment only; anything odd is dropped,
       and so is a protocol-relative "//host/…" (it leaves the site for whatever host it names). -->
  <xsl:function name="tk:safe-href" as="xs:string?">
    <xsl:param name="uri" as="xs:string?"/>
    <xsl:variable name="u" select="tk:trim(string($uri))"/>
    <xsl:sequence select="
      if ($u = '' or matches($u, '[\p{Cc}\s\\&lt;&gt;&quot;]') or starts-with($u, '//')) then ()
      else if (matches($u, '^[A-Za-z][A-Za-z0-9+.\-]*:')) then (if (matches($u, '^https?://', 'i')) then $u else ())
      else $u"/>
  </xsl:function>

  <!-- replace($s, '^\s+|\s+$', '') and replace($s, '\s+$', ''), without the regex at the end:
       Saxon tries '\s+$' from every position, tens of microseconds for a short string. -->
  <xsl:function name="tk:trim" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="replace(tk:trim-end($s), '^\s+', '')"/>
  </xsl:function>
  <xsl:function name="tk:trim-end" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:variable name="n" select="string-length($s)"/>
    <xsl:sequence select="if (matches(substring($s, $n), '\s')) then tk:trim-end(substring($s, 1, $n - 1)) else $s"/>
  </xsl:function>

  <!-- A language tag only when it looks like BCP 47. -->
  <xsl:function name="tk:safe-lang" as="xs:string?">
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:sequence select="$lang[matches(., '^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$')]"/>
  </xsl:function>

  <!-- Class tokens from @rend/@type: letters, digits and dashes only. -->
  <xsl:function name="tk:class" as="xs:string">
    <xsl:param name="values" as="xs:string*"/>
    <xsl:sequence select="string-join(for $v in $values, $t in tokenize($v, '\s+')[. != '']
                                      return replace($t, '[^A-Za-z0-9_-]', ''), ' ')"/>
  </xsl:function>

  <xsl:function name="tk:has-block" as="xs:boolean">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="exists($el//*[map:contains($tk:block-set, local-name())])"/>
  </xsl:function>

  <!-- Phrase-level: inline by its kind, or inside running text, so render as <span>, not <div>. -->
  <xsl:function name="tk:is-inline" as="xs:boolean">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="map:contains($tk:inline-set, local-name($el))
                          or map:contains($tk:phrase-set, local-name($el/..)) or map:contains($tk:inline-set, local-name($el/..))
                          or exists($el/../text()[normalize-space()])"/>
  </xsl:function>

  <!-- The id attribute of an element with @xml:id, prefixed per column in the side-by-side view. -->
  <xsl:template name="tk:id">
    <xsl:param name="idp" as="xs:string" select="''" tunnel="yes"/>
    <xsl:if test="@xml:id">
      <xsl:attribute name="id" select="$idp || @xml:id"/>
    </xsl:if>
  </xsl:template>

  <!-- What the views render of a TEI document: its text, its documentary transcription (sourceDoc),
       and its facsimile only when there is neither (surfaces and zones may hold the only words). -->
  <xsl:function name="tk:text-parts" as="element()*">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="$tei/(tei:text | tei:sourceDoc | tei:facsimile[empty(../(tei:text | tei:sourceDoc))])"/>
  </xsl:function>
  <!-- The text parts of every document of the source (one TEI, or the members of a teiCorpus). -->
  <xsl:variable name="tk:text-roots" as="element()*" select="//tei:TEI ! tk:text-parts(.)"/>

  <!-- Numbers of all notes of <text> in document order, computed once (xsl:number would be quadratic). -->
  <xsl:variable name="tk:note-numbers" as="map(xs:string, xs:integer)"
      select="let $s := $tk:text-roots//tei:note[not(tk:note-in-place(.))] return map:merge(for $i in 1 to count($s) return map{generate-id($s[$i]): $i})"/>

  <xsl:function name="tk:note-number" as="xs:integer">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="($tk:note-numbers(generate-id($note)), 0)[1]"/>
  </xsl:function>

  <!-- Output id (without column prefix) of a note and of its call. -->
  <xsl:function name="tk:note-id" as="xs:string">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="($note/@xml:id, 'tk-note-' || tk:note-number($note))[1]"/>
  </xsl:function>

  <xsl:key name="tk:id" match="*[@xml:id]" use="@xml:id"/>
  <xsl:key name="tk:note-by-target" match="tei:note[@target]"
      use="for $t in tokenize(@target, '\s+') return substring-after($t, '#')"/>

  <!-- The element a same-document pointer ("#x") designates, if any. -->
  <xsl:function name="tk:local-target" as="element()?">
    <xsl:param name="context" as="node()"/>
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:sequence select="if (starts-with($pointer, '#'))
                          then key('tk:id', substring($pointer, 2), root($context))[1] else ()"/>
  </xsl:function>
  <!-- A date for display, in the edition's one style ("2 July 1964", "July 1964", "1964"), from
       an ISO value; anything else is shown as given. ISO stays in machine-readable attributes. -->
  <xsl:function name="tk:display-date" as="xs:string">
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:variable name="d" select="normalize-space($iso)"/>
    <xsl:sequence select="
        if (matches($d, '^\d{4}-\d{2}-\d{2}$') and $d castable as xs:date) then format-date(xs:date($d), '[D] [MNn] [Y]', 'en', (), ())
        else if (matches($d, '^\d{4}-\d{2}$') and ($d || '-01') castable as xs:date) then format-date(xs:date($d || '-01'), '[MNn] [Y]', 'en', (), ())
        else $d"/>
  </xsl:function>
</xsl:stylesheet>
