assert new File(basedir, 'target/generated-sources/pvecodegen/it/classpath').isDirectory()
assert new File(basedir, 'target/classes/it/classpath').isDirectory()
def log = new File(basedir, 'build.log').text
assert log =~ /pvecodegen: generated \d+ files, classpath:pvecodegen-fixtures\/mini-pve\.json -> it\.classpath/
return true
