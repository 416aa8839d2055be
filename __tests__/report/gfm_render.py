"""Renders markdown with cmark-gfm (GitHub's own parser, through cmarkgfm) and
reports what the HTML contains, for markdown-gfm.test.ts.

stdin: a JSON list of markdown documents. stdout: a JSON list, one object per
document: the HTML, start and end tag counts, link targets, the cell count of
every table row, the text a reader sees outside code blocks (where GitHub
looks for mentions and references), and the code blocks' text.

Extensions as GitHub enables them for comments: table, autolink,
strikethrough, tagfilter. Raw HTML is kept (CMARK_OPT_UNSAFE) because GitHub
keeps the tags its sanitizer allows (details, summary, code, sub).
"""
import json
import sys
from html.parser import HTMLParser

import cmarkgfm
from cmarkgfm.cmark import Options


class Facts(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.starts = {}
        self.ends = {}
        self.hrefs = []
        self.tables = []
        self.cells = None
        self.text = []
        self.blocks = []
        self.in_pre = 0

    def handle_starttag(self, tag, attrs):
        self.starts[tag] = self.starts.get(tag, 0) + 1
        if tag == "pre":
            self.in_pre += 1
            self.blocks.append("")
        if tag == "a":
            self.hrefs.append(dict(attrs).get("href"))
        elif tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.cells = 0
        elif tag in ("td", "th") and self.cells is not None:
            self.cells += 1

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        self.ends[tag] = self.ends.get(tag, 0) + 1
        if tag == "pre":
            self.in_pre -= 1
        if tag == "tr" and self.tables:
            self.tables[-1].append(self.cells)
            self.cells = None

    def handle_data(self, data):
        if self.in_pre:
            self.blocks[-1] += data
        else:
            self.text.append(data)


def facts(markdown):
    html = cmarkgfm.markdown_to_html_with_extensions(
        markdown,
        options=Options.CMARK_OPT_UNSAFE,
        extensions=["table", "autolink", "strikethrough", "tagfilter"],
    )
    f = Facts()
    f.feed(html)
    f.close()
    return {"html": html, "starts": f.starts, "ends": f.ends, "hrefs": f.hrefs, "tables": f.tables, "text": "".join(f.text), "codeBlocks": f.blocks}


print(json.dumps([facts(doc) for doc in json.load(sys.stdin)]))
