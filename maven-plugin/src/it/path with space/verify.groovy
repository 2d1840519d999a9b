def out = new File(basedir, 'target/generated sources/pve client/it/space')
assert out.isDirectory() : "nothing generated into ${out}"
assert new File(basedir, 'target/classes/it/space').isDirectory() : 'the output directory with spaces was not compiled'
def log = new File(basedir, 'build.log').text
assert log =~ /pvecodegen: .* -> [\w.]+: \d+ operations, \d+ files \(/
assert log.contains('schema files/mini pve.json -> it.space')
return true
