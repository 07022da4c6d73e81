#!/usr/bin/env python3
"""Adds lockfile entries for optional platform binaries the npm registry mirror does not carry.

The registry this project's machines reach lacks the other platforms' builds of some packages
(e.g. @astrojs/compiler-binding-darwin-arm64@0.5.1 answers 404). npm then leaves them out of
package-lock.json, and `npm ci` rejects the lockfile as out of sync. An entry holding only the
version, `optional: true` and the os/cpu the package name encodes lets `npm ci` skip them on
Linux without fetching anything. Run after `npm install` whenever the lockfile changes:
    python3 scripts/lockfile-platform-stubs.py package-lock.json
"""
import json
import re
import sys

OS = {'darwin': 'darwin', 'linux': 'linux', 'win32': 'win32', 'windows': 'win32', 'freebsd': 'freebsd', 'android': 'android'}
CPU = {'arm64', 'x64', 'ia32', 'arm', 'wasm32'}


def platform_of(name):
    parts = re.split(r'[-/]', name.split('/')[-1])
    os_name = next((OS[p] for p in parts if p in OS), None)
    cpu = next((p for p in parts if p in CPU), None)
    libc = 'musl' if 'musl' in parts else 'glibc' if 'gnu' in parts else None
    return os_name, cpu, libc


def main(path):
    lock = json.load(open(path))
    packages = lock['packages']
    added = []
    for entry in list(packages.values()):
        for dependency, version in (entry.get('optionalDependencies') or {}).items():
            key = f'node_modules/{dependency}'
            if key in packages:
                continue
            os_name, cpu, libc = platform_of(dependency)
            if cpu is None:
                raise SystemExit(f'cannot tell the platform of {dependency}; add its entry by hand')
            stub = {'version': version, 'optional': True}
            if os_name:
                stub['os'] = [os_name]
            stub['cpu'] = [cpu]
            if libc:
                stub['libc'] = [libc]
            packages[key] = stub
            added.append(f'{dependency}@{version}')
    lock['packages'] = dict(sorted(packages.items(), key=lambda item: (item[0] != '', item[0])))
    with open(path, 'w') as out:
        json.dump(lock, out, indent=2)
        out.write('\n')
    print('\n'.join(added) or 'nothing to add')


main(sys.argv[1] if len(sys.argv) > 1 else 'package-lock.json')
