// The subset of PVE 9.2 was generated into the default directory, registered as a source root and compiled.
def generated = new File(basedir, 'target/generated-sources/pvecodegen/com/example/pve')
assert generated.isDirectory() : "no generated package at ${generated}"
def sources = []
generated.eachFileRecurse(groovy.io.FileType.FILES) { if (it.name.endsWith('.java')) sources << it }
assert !sources.isEmpty() : 'no Java sources generated'

def classes = new File(basedir, 'target/classes/com/example/pve')
assert classes.isDirectory() : 'generated sources were not compiled (source root not registered?)'
def compiled = []
classes.eachFileRecurse(groovy.io.FileType.FILES) { if (it.name.endsWith('.class')) compiled << it }
assert compiled.size() >= sources.size() : "only ${compiled.size()} classes for ${sources.size()} sources"

// The includes select a subset: nothing of /cluster, /access or /storage.
def all = sources.collect { it.text }.join('\n')
assert all.contains('/nodes/{node}/qemu') : 'the included qemu operations are missing'
assert !all.contains('"/cluster') : 'an excluded /cluster operation was generated'
assert !all.contains('"/access') : 'an excluded /access operation was generated'

assert new File(basedir, 'target/pvecodegen/default.sha256').isFile() : 'no build stamp written'
def log = new File(basedir, 'build.log').text
assert log =~ /pvecodegen: pve-9\.2 -> com\.example\.pve: \d+ operations, \d+ files \(\d+ written, \d+ unchanged, \d+ removed\) in \d+ m?s/
return true
