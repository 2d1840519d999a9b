def out = new File(basedir, 'target/generated-sources/pvecodegen')
assert new File(out, 'it/two/full').isDirectory()
assert new File(out, 'it/two/nodes').isDirectory()
assert new File(basedir, 'target/pvecodegen/pve-client.sha256').isFile()
assert new File(basedir, 'target/pvecodegen/nodes-only.sha256').isFile()
assert new File(basedir, 'target/classes/it/two/full').isDirectory()
assert new File(basedir, 'target/classes/it/two/nodes').isDirectory()

// The second execution's selection: /nodes/** without /nodes/{node}/status and without /version.
def nodes = []
new File(out, 'it/two/nodes').eachFileRecurse(groovy.io.FileType.FILES) { nodes << it.text }
def text = nodes.join('\n')
assert text.contains('/nodes/{node}/qemu')
assert !text.contains('"/version"') : 'an operation outside the includes was generated'
assert !text.contains('"/nodes/{node}/status"') : 'an excluded operation was generated'

def log = new File(basedir, 'build.log').text
assert (log =~ /pvecodegen: .* -> [\w.]+: \d+ operations, \d+ files \(/).size() == 2
return true
