// The failure is readable without -e: the message names the schema and every problem with its location.
def log = new File(basedir, 'build.log').text
assert log =~ /pvecodegen: invalid schema src\/main\/apidoc\/broken.json: \d+ problems/ : 'no readable schema failure'
assert log.contains("GET /widgets › size") && log.contains("unknown type 'strnig'")
assert log.contains("unknown HTTP method 'FETCH'")
assert !(log =~ /\tat dev\.pvecodegen/) : 'the build printed a stack trace (the invoker runs without -e)'
assert !new File(basedir, 'target/pvecodegen').exists() : 'a failed generation wrote a stamp'
return true
