assert new File(basedir, 'target/generated-sources/pvecodegen/it/classpath').isDirectory()
assert new File(basedir, 'target/classes/it/classpath').isDirectory()
def log = new File(basedir, 'build.log').text
assert log =~ /pvecodegen: classpath:pvecodegen-fixtures\/mini-pve\.json -> it\.classpath: \d+ operations, \d+ files \(/
return true
