#!/usr/bin/env bash
# Signs the release material G2 requires, with openssl: every file listed in
# ssot/security.json's releaseMaterial (the model, the model card and each
# file of ssot/, the SSOT snapshot) into its signature file, as base64 DER
# ECDSA P-256 over SHA-256 (what `cosign sign-blob --key` writes). It first
# writes the key's public half to ssot/keys/release.pub, which is itself
# signed, and prints the key's fingerprint for the workflow's trusted-keys.
#
#   scripts/sign-release.sh KEY.pem       sign with your own P-256 private key
#                                        (openssl ecparam -name prime256v1 -genkey -noout -out KEY.pem);
#                                        keep it out of the repository
#   scripts/sign-release.sh --throwaway   sign with a new key that is deleted
#                                        right after: how the template's
#                                        committed signatures were made
#
# Needs openssl and python3 (to read ssot/security.json). Re-run it after every change to the model, the model card or ssot/: G2
# fails on a file whose signature no longer matches. The template ships
# signatures by a throwaway key nobody holds, so the first change you make
# needs your own key.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: $0 KEY.pem | --throwaway" >&2; exit 2; }
[ $# -eq 1 ] || usage
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ "$1" = --throwaway ]; then
  key="$tmp/throwaway.pem"
  openssl ecparam -name prime256v1 -genkey -noout -out "$key"
else
  key=$1
  [ -f "$key" ] || { echo "$0: no key file $key" >&2; exit 2; }
fi

mkdir -p ssot/keys
openssl pkey -in "$key" -pubout -out ssot/keys/release.pub
fingerprint=$(openssl pkey -in "$key" -pubout -outform DER | openssl dgst -sha256 -r | cut -d' ' -f1)

# path<TAB>signature for each releaseMaterial entry.
python3 - <<'PY' > "$tmp/material"
import json
for m in json.load(open("ssot/security.json"))["releaseMaterial"]:
    print(f"{m['path']}\t{m['signature']}")
PY
while IFS=$'\t' read -r path signature; do
  mkdir -p "$(dirname "$signature")"
  openssl dgst -sha256 -sign "$key" "$path" | openssl base64 -A > "$signature"
  echo >> "$signature"
  echo "signed $path -> $signature"
done < "$tmp/material"

echo "key fingerprint sha256:$fingerprint (pin it with the Action's trusted-keys input)"
[ "$1" = --throwaway ] && echo "the throwaway private key is deleted: re-sign with your own key before your first change"
exit 0
