// The failure is readable without -e: the message names the schema and every problem with its location.
def log = new File(basedir, 'build.log').text
assert log =~ /pvecodegen: invalid schema src\/main\/apidoc\/broken.json: \d+ problems/ : 'no readable schema failure'
// each problem with its location; the loader owns the wording
assert log.contains('GET /widgets › size at /0/info/GET/parameters/properties/size/type: ')
assert log.contains('FETCH')
assert !(log =~ /\tat dev\.pvecodegen/) : 'the build printed a stack trace (the invoker runs without -e)'
assert !new File(basedir, 'target/pvecodegen').exists() : 'a failed generation wrote a stamp'
return true
