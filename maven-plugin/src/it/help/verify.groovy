def log = new File(basedir, 'build.log').text
assert log.contains('pvecodegen:generate')
['schema', 'schemaSha256', 'packageName', 'outputDirectory', 'includes', 'excludes', 'skip', 'force'].each {
    assert log.contains(it) : "help does not describe ${it}"
}
assert log.contains('User property: pvecodegen.schema')
return true
