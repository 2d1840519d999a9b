// The report-only execution wrote Markdown and warned; the gate failed the build with a readable message.
def log = new File(basedir, 'build.log').text
def markdown = new File(basedir, 'target/pvecodegen/compatibility-report-only.md')
assert markdown.isFile() : 'the report-only execution wrote no report'
assert markdown.text.contains('| `POST /nodes/{node}` | `memory` | type changed from integer (16..) to property string')
assert log.contains('[WARNING] pvecodegen: breaking changes from src/main/apidoc/baseline.json')

def text = new File(basedir, 'target/pvecodegen/compatibility-gate.txt')
assert text.isFile() : 'the gate wrote no report'
assert text.text.startsWith('Schema diff: src/main/apidoc/baseline.json (sha256 ') : 'the report names the schemas as configured'
assert text.text.contains('Operations: 1 added, 0 removed, 1 common')
assert log =~ /pvecodegen: 1 breaking change from src\/main\/apidoc\/baseline.json to src\/main\/apidoc\/current.json/
assert log.contains('POST /nodes/{node} › memory: type changed from integer (16..) to property string')
assert !(log =~ /\tat dev\.pvecodegen/) : 'the build printed a stack trace (the invoker runs without -e)'
return true
