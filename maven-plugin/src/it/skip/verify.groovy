assert !new File(basedir, 'target/generated-sources/pvecodegen').exists() : 'a skipped execution generated sources'
assert !new File(basedir, 'target/pvecodegen').exists() : 'a skipped execution wrote a stamp'
def log = new File(basedir, 'build.log').text
assert log.contains('pvecodegen: skipped (pvecodegen.skip)')
return true
