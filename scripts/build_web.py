#!/usr/bin/env python3
"""Copy the dashboard's vendor assets from node_modules/ into src/seismo/web/static/vendor/.

Run after ``npm ci`` (which installs exactly what package-lock.json pins):

    npm ci --no-audit --no-fund && python scripts/build_web.py

Only the files the pages load are copied (plus each package's licence); a missing one
stops the build with the file named, so a broken install cannot ship a half-built dashboard.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

#: package → files (relative to the package folder) copied to vendor/<package>/
ASSETS: dict[str, tuple[str, ...]] = {
    "leaflet": ("dist/leaflet.js", "dist/leaflet.css", "dist/images/layers.png", "dist/images/layers-2x.png",
                "dist/images/marker-icon.png", "dist/images/marker-icon-2x.png", "dist/images/marker-shadow.png",
                "LICENSE"),
    "uplot": ("dist/uPlot.iife.min.js", "dist/uPlot.min.css", "LICENSE"),
    "topojson-client": ("dist/topojson-client.min.js", "LICENSE"),
    "world-atlas": ("countries-110m.json", "LICENSE"),
    # the API's /docs page (Swagger UI), served from here so that it works offline
    "swagger-ui-dist": ("swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png", "LICENSE", "NOTICE"),
}


def build(node_modules: Path, target: Path) -> list[Path]:
    """Copy every asset; returns the files written.  Raises SystemExit naming a missing file."""
    missing = [f"{node_modules / pkg / rel}" for pkg, files in ASSETS.items() for rel in files
               if not (node_modules / pkg / rel).is_file()]
    if missing:
        raise SystemExit("missing npm files (run `npm ci` in the repository root first):\n  " + "\n  ".join(missing))
    if target.exists():
        shutil.rmtree(target)
    written = []
    versions = {}
    for pkg, files in ASSETS.items():
        versions[pkg] = json.loads((node_modules / pkg / "package.json").read_text("utf-8"))["version"]
        for rel in files:
            # dist/images/x.png → vendor/leaflet/images/x.png (leaflet.css refers to images/ beside it)
            out = target / pkg / (rel[len("dist/"):] if rel.startswith("dist/") else rel)
            out.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(node_modules / pkg / rel, out)
            written.append(out)
    (target / "versions.json").write_text(json.dumps(versions, indent=2, sort_keys=True) + "\n", "utf-8")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--node-modules", type=Path, default=REPO / "node_modules")
    parser.add_argument("--out", type=Path, default=REPO / "src" / "seismo" / "web" / "static" / "vendor")
    args = parser.parse_args(argv)
    written = build(args.node_modules, args.out)
    print(f"copied {len(written)} files into {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
