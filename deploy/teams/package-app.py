#!/usr/bin/env python3
"""Builds the Teams app package: a zip of manifest.json (with this deployment's ids put in) and its two icons,
ready for Teams' "Upload a custom app" or the Developer Portal.
Usage: python3 package-app.py --app-id GUID [--bot-id GUID] [--version X.Y.Z] [--out advisorbot-teams.zip]
  --app-id   the Teams app's own id (keep it across updates of the same app)
  --bot-id   the bot's Entra app id, i.e. the bot's MicrosoftAppId setting (default: $MicrosoftAppId)
Exit 2 with the reason on a missing or malformed id."""
import argparse
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
SEMVER = re.compile(r"^\d+\.\d+\.\d+$")


def fail(message):
    print(f"package-app: {message}", file=sys.stderr)
    sys.exit(2)


def main():
    parser = argparse.ArgumentParser(description="Zips the Teams app manifest with its icons.")
    parser.add_argument("--app-id", required=True)
    parser.add_argument("--bot-id", default=os.environ.get("MicrosoftAppId", ""))
    parser.add_argument("--version")
    parser.add_argument("--out", default="advisorbot-teams.zip")
    args = parser.parse_args()
    for name, value in (("--app-id", args.app_id), ("--bot-id (or MicrosoftAppId)", args.bot_id)):
        if not GUID.match(value or ""):
            fail(f"{name} must be a GUID, not '{value}'")
    if args.version is not None and not SEMVER.match(args.version):
        fail(f"--version must be MAJOR.MINOR.PATCH, not '{args.version}'")

    with open(os.path.join(HERE, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    manifest["id"] = args.app_id
    for bot in manifest["bots"]:
        bot["botId"] = args.bot_id
    if args.version:
        manifest["version"] = args.version

    icons = [manifest["icons"]["color"], manifest["icons"]["outline"]]
    with zipfile.ZipFile(args.out, "w", compression=zipfile.ZIP_DEFLATED) as package:
        # Teams wants the three files at the zip's root, not in a folder.
        package.writestr("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
        for icon in icons:
            package.write(os.path.join(HERE, icon), arcname=icon)
    print(f"wrote {args.out}: manifest.json, {', '.join(icons)} (app {args.app_id}, bot {args.bot_id})")


if __name__ == "__main__":
    main()
