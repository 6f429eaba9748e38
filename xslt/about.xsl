<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit about page (about.html): the edition, its editorial principles and its imprint, all from
  the edition's own data: the edition parameters (edition.toml), a document's encodingDesc (what
  the editors declare) and the ODD (what each element and bracket means, with the ODD's own
  examples shown as encoded, in the reading view and in the diplomatic view).

  Source: the ODD (schema/teikit.odd; any document will do without one).
  Parameters: encoding  a document of the edition (its teiHeader/encodingDesc)   default: none
    css-href, index-href, register-pages, edition-* as in reading.xsl.
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:eg="http://www.tei-c.org/ns/Examples"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:import href="common/all.xsl"/>
  <xsl:param name="encoding" as="document-node()?" select="()"/>

  <!-- The marks a reader meets in the text, in the order the ODD explains them. -->
  <xsl:variable name="tk:marks" as="xs:string+" select="('supplied', 'choice', 'sic', 'metamark', 'gap', 'foreign')"/>

  <xsl:template match="/">
    <xsl:variable name="odd" select="/"/>
    <xsl:variable name="decl" select="$encoding/tei:TEI/tei:teiHeader/tei:encodingDesc"/>
    <xsl:call-template name="tk:page">
      <xsl:with-param name="title" select="'About this edition'"/>
      <xsl:with-param name="view" select="'about'"/>
      <xsl:with-param name="content">
        <h1>About this edition</h1>
        <section aria-labelledby="tk-edition-h">
          <h2 id="tk-edition-h">{$edition-title}</h2>
          <xsl:if test="$edition-subtitle != ''"><p class="subtitle">{$edition-subtitle}</p></xsl:if>
          <xsl:if test="$edition-editors != ''"><p>Edited by {string-join(tokenize($edition-editors, ';\s*'), ', ')}.</p></xsl:if>
          <xsl:if test="$edition-description != ''"><p>{$edition-description}</p></xsl:if>
        </section>
        <section aria-labelledby="tk-principles-h">
          <h2 id="tk-principles-h">Editorial principles</h2>
          <xsl:apply-templates select="$decl/(tei:projectDesc, tei:editorialDecl)/tei:p" mode="tk:meta"/>
          <xsl:for-each select="$odd//tei:div[@xml:id = 'principles']/tei:list">
            <ul><xsl:for-each select="tei:item"><li><xsl:apply-templates mode="tk:odd"/></li></xsl:for-each></ul>
          </xsl:for-each>
        </section>
        <section aria-labelledby="tk-marks-h">
          <h2 id="tk-marks-h">What the marks in the text mean</h2>
          <p>The reading view shows the text as the translator meant it to be read; the diplomatic view shows every
            bracket as the source typed it. Each mark below is encoded as shown, with an example from the documents.</p>
          <xsl:variable name="specs" select="$odd//tei:elementSpec[@ident = $tk:marks][.//eg:egXML]"/>
          <xsl:if test="exists($specs)">
            <table class="marks">
              <thead><tr><th scope="col">Element</th><th scope="col">Meaning</th><th scope="col">Encoded</th>
                <th scope="col">Reading view</th><th scope="col">Diplomatic view</th></tr></thead>
              <tbody>
                <xsl:for-each select="$specs">
                  <xsl:sort select="index-of($tk:marks, @ident)"/>
                  <xsl:variable name="example" select="tk:as-tei((.//eg:egXML)[1]/node())"/>
                  <tr>
                    <th scope="row"><code>{@ident}</code></th>
                    <td>{string-join((tei:desc, .//tei:valItem/tei:desc) ! normalize-space(), '; ')}</td>
                    <td><code>{replace(serialize((.//eg:egXML)[1]/node()), ' xmlns(:\w+)?="[^"]*"', '')}</code></td>
                    <td class="text reading"><xsl:apply-templates select="$example" mode="reading"/></td>
                    <td class="text diplomatic"><xsl:apply-templates select="$example" mode="diplomatic"/></td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </xsl:if>
          <p>Names of persons, organisations and places are linked to the registers; a card gives the register's short
            entry (hover, focus, or tap once; tap again to open the entry). Dates in the text are as written; the
            edition gives them in one style (2 July 1964) wherever it states a date itself.</p>
        </section>
        <section aria-labelledby="tk-imprint-h" id="imprint">
          <h2 id="tk-imprint-h">Imprint and licence</h2>
          <dl class="meta">
            <xsl:if test="$edition-publisher != ''"><dt>Publisher</dt><dd>{$edition-publisher}</dd></xsl:if>
            <xsl:if test="$edition-editors != ''"><dt>Editors</dt><dd>{string-join(tokenize($edition-editors, ';\s*'), ', ')}</dd></xsl:if>
            <xsl:if test="$edition-licence != ''"><dt>Licence</dt><dd>
              <xsl:choose>
                <xsl:when test="tk:safe-href($edition-licence-url)"><a rel="license" href="{tk:safe-href($edition-licence-url)}">{$edition-licence}</a></xsl:when>
                <xsl:otherwise>{$edition-licence}</xsl:otherwise>
              </xsl:choose> (edition, encoding and editorial matter)</dd></xsl:if>
            <xsl:if test="$edition-base-url != ''"><dt>Published at</dt><dd><a href="{tk:safe-href($edition-base-url)}">{$edition-base-url}</a></dd></xsl:if>
            <dt>The texts</dt><dd><xsl:apply-templates select="$encoding/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:availability/tei:p" mode="tk:meta"/></dd>
            <dt>Encoding</dt><dd>TEI P5; every document can be downloaded as TEI from its page.</dd>
          </dl>
          <h3>How to cite the edition</h3>
          <p class="citation"><cite>{$edition-title}</cite>{if ($edition-subtitle != '') then ': ' || $edition-subtitle else ''}{
            if ($edition-editors != '') then ', edited by ' || string-join(tokenize($edition-editors, ';\s*'), ', ') else ''}{
            if ($edition-publisher != '') then '. ' || $edition-publisher else ''}.{if ($edition-base-url != '') then ' ' || $edition-base-url else ''}</p>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ODD prose: element and attribute names as code. -->
  <xsl:template match="tei:gi | tei:att | tei:val | tei:ident" mode="tk:odd"><code>{.}</code></xsl:template>
  <xsl:template match="*" mode="tk:odd"><xsl:apply-templates mode="#current"/></xsl:template>

  <!-- An ODD example in the TEI namespace, so the views' own templates render it. -->
  <xsl:function name="tk:as-tei" as="node()*">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:for-each select="$nodes">
      <xsl:choose>
        <xsl:when test="self::element()">
          <xsl:element name="{local-name()}" namespace="http://www.tei-c.org/ns/1.0">
            <xsl:copy-of select="@*"/><xsl:sequence select="tk:as-tei(node())"/></xsl:element>
        </xsl:when>
        <xsl:otherwise><xsl:copy-of select="."/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:function>
</xsl:stylesheet>
