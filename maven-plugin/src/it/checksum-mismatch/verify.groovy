def log = new File(basedir, 'build.log').text
assert log.contains('pvecodegen: checksum mismatch for schema')
assert log.contains('expected SHA-256 0000000000000000000000000000000000000000000000000000000000000000')
assert log =~ /actual   SHA-256 [0-9a-f]{64}/
assert !new File(basedir, 'target/generated-sources/pvecodegen/it').exists() : 'generated despite the mismatch'
return true
