def log = new File(basedir, 'build.log').text
def generated = (log =~ /pvecodegen: .* -> it\.uptodate: \d+ operations, (\d+) files \((\d+) written, (\d+) unchanged, (\d+) removed\)/)
assert generated.size() == 2 : "expected the first and the forced build to generate, got ${generated.size()}"
def (all1, written1) = [generated[0][1] as int, generated[0][2] as int]
assert written1 == all1 && all1 > 0 : 'the first build must write every file'
def (all3, written3, unchanged3) = [generated[1][1] as int, generated[1][2] as int, generated[1][3] as int]
assert written3 == 0 && unchanged3 == all3 : 'a forced build with identical output must not rewrite files'

def upToDate = (log =~ /pvecodegen: .* -> it\.uptodate: \d+ operations, (\d+) files, up to date \(0 written\) in (\d+) ms/)
assert upToDate.size() == 1 : 'the second build did not report up to date'
assert (upToDate[0][1] as int) == all1

// The compiler saw no changed source in builds 2 and 3: generated files kept their timestamps.
assert (log =~ /Nothing to compile - all classes are up to date/).size() == 2 : 'a later build recompiled'
return true
