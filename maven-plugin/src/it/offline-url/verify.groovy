def log = new File(basedir, 'build.log').text
assert log.contains('pvecodegen: offline build, refusing to download https://pve.example.invalid:8006/pve-docs/api-viewer/apidoc.js')
assert !new File(basedir, 'target/generated-sources/pvecodegen/it').exists()
return true
