"""Dependency audit: ``pip-audit`` against requirements/lock.txt and ``npm audit`` against
package-lock.json (``make audit``; ``make test`` runs it first).

Exit 1 only when an advisory database answered and named a vulnerable pinned package.  When a
database cannot be reached (no network, a registry mirror without the advisory endpoint, every
package "not found") the step says "could not reach the advisory database" and exits 0, so an
offline CI run is not failed by the network.

    python scripts/audit.py            # both
    python scripts/audit.py --python   # pip-audit only
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNREACHABLE = "could not reach the advisory database"


def pip_audit() -> tuple[str, list[str]]:
    """('ok' | 'vulnerable' | 'unreachable', lines to print)."""
    exe = Path(sys.executable).parent / "pip-audit"
    if not exe.exists():
        return "unreachable", [f"pip-audit: not installed in {exe.parent}; pip install pip-audit (make install)"]
    cmd = [str(exe), "-r", str(ROOT / "requirements/lock.txt"), "--no-deps", "--disable-pip",
           "--progress-spinner", "off", "-f", "json"]
    try:
        run = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    except subprocess.TimeoutExpired:
        return "unreachable", [f"pip-audit: {UNREACHABLE} (no answer in 600 s)"]
    try:
        deps = json.loads(run.stdout)["dependencies"]
    except (json.JSONDecodeError, KeyError, TypeError):
        last = (run.stderr.strip().splitlines() or ["no output"])[-1]
        return "unreachable", [f"pip-audit: {UNREACHABLE} ({last[:200]})"]
    audited = [d for d in deps if "skip_reason" not in d]
    found = [f"  {d['name']} {d['version']}: {v['id']} (fix: {', '.join(v.get('fix_versions') or ['none'])})"
             for d in audited for v in d.get("vulns", [])]
    if found:
        return "vulnerable", [f"pip-audit: {len(found)} known vulnerabilities in requirements/lock.txt", *found]
    if not audited:
        return "unreachable", [f"pip-audit: {UNREACHABLE}: none of the {len(deps)} pinned packages could be "
                               "looked up (the package index answered without advisory data)"]
    skipped = len(deps) - len(audited)
    return "ok", [f"pip-audit: no known vulnerabilities in {len(audited)} pinned packages"
                  + (f" ({skipped} could not be looked up)" if skipped else "")]


def npm_audit() -> tuple[str, list[str]]:
    npm = shutil.which("npm")
    if npm is None:
        return "unreachable", ["npm audit: npm is not installed; skipped"]
    try:
        run = subprocess.run([npm, "audit", "--json", "--package-lock-only"], capture_output=True, text=True,
                             timeout=300, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return "unreachable", [f"npm audit: {UNREACHABLE} (no answer in 300 s)"]
    try:
        report = json.loads(run.stdout)
        counts = report["metadata"]["vulnerabilities"]
    except (json.JSONDecodeError, KeyError, TypeError):
        why = (run.stderr.strip().splitlines() or ["no output"])[0]
        return "unreachable", [f"npm audit: {UNREACHABLE} ({why[:200]})"]
    total = sum(v for k, v in counts.items() if k != "total" and isinstance(v, int))
    if total:
        names = ", ".join(f"{name} ({v.get('severity')})" for name, v in report.get("vulnerabilities", {}).items())
        return "vulnerable", [f"npm audit: {total} vulnerable packages in package-lock.json: {names}"]
    return "ok", ["npm audit: no known vulnerabilities in package-lock.json"]


def main(argv: list[str]) -> int:
    checks = [pip_audit] if "--python" in argv else [npm_audit] if "--npm" in argv else [pip_audit, npm_audit]
    failed = False
    for check in checks:
        status, lines = check()
        print("\n".join(lines), flush=True)
        failed |= status == "vulnerable"
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
