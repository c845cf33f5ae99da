"""Checks every HTML page under a folder as the portal site promises (docs/portal-site.md):
parses without error in an HTML5 parser (html5lib, strict), carries a lang attribute, loads no
external resource and runs no script, gives every SVG a <title> (its first child) and a <desc>,
and gives every checkbox a label. Prints one line per problem; exits 1 when there is any."""
import os
import re
import sys

import html5lib

NS = "{http://www.w3.org/1999/xhtml}"
SVG = "{http://www.w3.org/2000/svg}"
problems = []
pages = 0
for folder, _, names in os.walk(sys.argv[1]):
    for name in sorted(names):
        if not name.endswith(".html"):
            continue
        path = os.path.join(folder, name)
        pages += 1
        text = open(path, encoding="utf-8").read()
        try:
            root = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True).parse(text)
        except Exception as error:  # html5lib raises ParseError with the position
            problems.append(f"{path}: does not parse: {error}")
            continue
        if not root.get("lang"):
            problems.append(f"{path}: <html> has no lang")
        for element in root.iter():
            tag = element.tag if isinstance(element.tag, str) else ""
            if tag == NS + "script":
                problems.append(f"{path}: holds a <script>")
            for attribute in ("href", "src", "action", "data", "srcset", "poster"):
                value = element.get(attribute)
                if value and re.match(r"^\s*([a-z][a-z0-9+.-]*:|//)", value, re.I):
                    problems.append(f"{path}: external {attribute} {value!r}")
            if tag == SVG + "svg":
                children = [c.tag for c in element]
                if not children or children[0] != SVG + "title":
                    problems.append(f"{path}: an <svg> without a <title> first")
                if SVG + "desc" not in children:
                    problems.append(f"{path}: an <svg> without a <desc>")
            if tag == NS + "input" and element.get("type") == "checkbox":
                ident = element.get("id")
                if not ident or not any(
                    label.get("for") == ident for label in root.iter(NS + "label")
                ):
                    problems.append(f"{path}: a checkbox without a label")
        if re.search(r"url\(\s*['\"]?(?!#)", text):
            problems.append(f"{path}: CSS loads a url()")
        if "@import" in text:
            problems.append(f"{path}: CSS @import")
for problem in problems[:50]:
    print(problem)
print(f"{pages} pages, {len(problems)} problems")
sys.exit(1 if problems or pages == 0 else 0)
