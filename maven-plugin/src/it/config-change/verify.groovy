def out = new File(basedir, 'target/generated-sources/pvecodegen')
assert !new File(out, 'it/first').exists() : 'files of the old package were left behind'
assert new File(out, 'it/second').isDirectory() : 'the new package was not generated'
def log = new File(basedir, 'build.log').text
def generated = (log =~ /pvecodegen: .* -> it\.(first|second): \d+ operations, (\d+) files \((\d+) written, (\d+) unchanged, (\d+) removed\)/)
assert generated.size() == 2 : 'the configuration change did not regenerate'
assert generated[1][1] == 'second'
assert (generated[1][5] as int) == (generated[0][2] as int) : 'every file of the old package must be removed'
assert !log.contains(', up to date (0 written)')
return true
