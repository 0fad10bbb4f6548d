#!/usr/bin/env python3
"""Packs the web bundle for an LMS: a SCORM 1.2 or SCORM 2004 4th edition package (one SCO), or a cmi5 course (one AU).

scripts/scorm-package.py --kind scorm12|scorm2004|cmi5 --web dist/web --bundle build/wasm/web/lms --report REPORT.json --out dist/crossroads-<kind>.zip

The page's files come from --web; crossroads.js and crossroads.wasm from --bundle, the
build that holds the LMS code (the page's own bundle leaves it out).
REPORT.json is what `crossroads-check CONTENT --json` says of the content inside the wasm:
the program reads the content, so the title and pass mark here are the ones the app uses.
imsmanifest.xml sits at the root of the zip. SCORM 1.2: IMS CP 1.1.2 and ADL CP 1.2
namespaces, the mastery score the pass mark. SCORM 2004: IMS CP 1.1, ADL CP, ADLSEQ,
ADLNav and IMS SS namespaces; the item's primary objective is satisfied by a measure of at
least the pass mark / 100, and the LMS's previous/continue buttons are hidden (one SCO).
The SCO's launch page is scorm.html: index.html marked with the version, so the app looks
for that version's LMS API. cmi5: cmi5.xml at the root, in the CourseStructure.xsd
namespace, one AU (moveOn CompletedOrPassed, masteryScore the pass mark / 100, AnyWindow)
launched at cmi5.html; its ids are URNs made from the title, so a package built again from
the same content is the same course to the LMS. The zip is reproducible (fixed timestamps).
"""
import argparse
import json
import pathlib
import re
import sys
import zipfile
from xml.sax.saxutils import escape, quoteattr

# What the SCO needs: the page, its style and script, and the app. The default content and
# the fonts are inside the wasm; the embedding example and content folder are not part of it,
# but the other languages are (language_files).
FILES = ["LAUNCH", "app.css", "print.css", "boot.js", "textversion.js", "textversion.css", "crossroads.js", "crossroads.wasm"]


def language_files(web: pathlib.Path, content: str) -> "list[str]":
    """What another language downloads: the interface's translations (and i18n/page.json, the
    page's own texts in them), the Japanese fonts and
    the content's translations (NAME.LANG.json beside the content)."""
    stem = pathlib.Path(content).stem
    found = [*web.glob("i18n/*.po"), *web.glob("i18n/*.json"), *web.glob("fonts/*.ttf"), *web.glob(f"content/{stem}.*.json")]
    return sorted(str(p.relative_to(web)) for p in found)
MARK = '<html lang="en">'


def files_xml(page: str, names: "list[str]") -> str:
    return "\n".join(f'      <file href="{page if f == "LAUNCH" else f}"/>' for f in names)


def manifest(title: str, mastery: "int | None", page: str, names: "list[str]") -> str:
    files = files_xml(page, names)
    mastery_xml = f"\n        <adlcp:masteryscore>{mastery}</adlcp:masteryscore>" if mastery is not None else ""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="crossroads-scorm12" version="1.0"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="crossroads-org">
    <organization identifier="crossroads-org">
      <title>{escape(title)}</title>
      <item identifier="crossroads-item" identifierref="crossroads-sco" isvisible="true">
        <title>{escape(title)}</title>{mastery_xml}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="crossroads-sco" type="webcontent" adlcp:scormtype="sco" href={quoteattr(page)}>
{files}
    </resource>
  </resources>
</manifest>
"""


def manifest_2004(title: str, mastery: "int | None", page: str, names: "list[str]") -> str:
    files = files_xml(page, names)
    if mastery is not None:
        objective = f"""
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="knowledge-check" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>{mastery / 100:g}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>"""
    else:
        objective = ""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="crossroads-scorm2004" version="1"
    xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
    xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
    xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
    xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="crossroads-org">
    <organization identifier="crossroads-org">
      <title>{escape(title)}</title>
      <item identifier="crossroads-item" identifierref="crossroads-sco" isvisible="true">
        <title>{escape(title)}</title>
        <adlnav:presentation>
          <adlnav:navigationInterface>
            <adlnav:hideLMSUI>previous</adlnav:hideLMSUI>
            <adlnav:hideLMSUI>continue</adlnav:hideLMSUI>
          </adlnav:navigationInterface>
        </adlnav:presentation>
        <imsss:sequencing>{objective}
          <adlseq:rollupConsiderations measureSatisfactionIfActive="false"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="crossroads-sco" type="webcontent" adlcp:scormType="sco" href={quoteattr(page)}>
{files}
    </resource>
  </resources>
</manifest>
"""


def course_structure(title: str, mastery: "int | None", page: str, names: "list[str]") -> str:
    del names  # the same call as the manifests, but a cmi5 course structure lists no files
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "course"
    course = f"urn:crossroads:course:{slug}"
    score = f' masteryScore="{mastery / 100:g}"' if mastery is not None else ""
    about = "Compare the two roles, walk the career ladder, and try the self-assessment and the knowledge check."
    text = lambda t: f'<langstring lang="en-US">{escape(t)}</langstring>'
    return f"""<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id={quoteattr(course)}>
    <title>{text(title)}</title>
    <description>{text(about)}</description>
  </course>
  <au id={quoteattr(course + ":au")} moveOn="CompletedOrPassed"{score} launchMethod="AnyWindow">
    <title>{text(title)}</title>
    <description>{text(about)}</description>
    <url>{escape(page)}</url>
  </au>
</courseStructure>
"""


KINDS = {
    # kind: (what writes the manifest, its name, the launch page, its data-launch mark, what the log says)
    "scorm12": (manifest, "imsmanifest.xml", "scorm.html", "scorm", "SCORM 1.2"),
    "scorm2004": (manifest_2004, "imsmanifest.xml", "scorm.html", "scorm2004", "SCORM 2004 4th edition"),
    "cmi5": (course_structure, "cmi5.xml", "cmi5.html", "cmi5", "cmi5"),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", choices=sorted(KINDS), default="scorm12")
    parser.add_argument("--web", required=True, type=pathlib.Path)
    parser.add_argument("--bundle", required=True, type=pathlib.Path)
    parser.add_argument("--report", required=True, type=pathlib.Path)
    parser.add_argument("--out", required=True, type=pathlib.Path)
    args = parser.parse_args()

    report = json.loads(args.report.read_text(encoding="utf-8"))
    if not report.get("valid"):
        print(f"scorm-package: {report.get('file')} is not valid content (run crossroads --check on it)", file=sys.stderr)
        return 1
    title = report["title"]
    mastery = report["passMark"]  # None when the content has no knowledge check

    index = (args.web / "index.html").read_text(encoding="utf-8")
    if MARK not in index:
        print(f"scorm-package: {args.web / 'index.html'} has no {MARK}", file=sys.stderr)
        return 1
    write_manifest, manifest_name, page, launch, label = KINDS[args.kind]
    names = FILES + language_files(args.web, report.get("file") or "")
    launch_page = index.replace(MARK, f'<html lang="en" data-launch="{launch}">', 1)

    args.out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(args.out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        def add(name: str, data: bytes) -> None:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
        add(manifest_name, write_manifest(title, mastery, page, names).encode("utf-8"))
        for name in names:
            source = args.bundle if name.startswith("crossroads.") else args.web
            add(page if name == "LAUNCH" else name, launch_page.encode("utf-8") if name == "LAUNCH" else (source / name).read_bytes())
    print(f"Built {args.out} ({label}, mastery score {mastery if mastery is not None else 'none'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
