// Puts the plugin's hand-written fixture schema at a relative path containing spaces.
def fixture = new File(basedir, '../../../src/test/resources/fixtures/mini-pve.json').canonicalFile
def target = new File(basedir, 'schema files/mini pve.json')
target.parentFile.mkdirs()
target.bytes = fixture.bytes
return true
