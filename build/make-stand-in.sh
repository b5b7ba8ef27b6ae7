#!/usr/bin/env bash
# Writes a minimal stand-in for an io.quarkus:*-parent POM that the reachable Maven Central copy
# lacks. The stand-in only chains to quarkus-extensions-parent, which brings the dependency
# management (the Quarkus BOM) the extension's runtime/deployment POMs rely on.
# Usage: build/make-stand-in.sh ARTIFACT_ID [VERSION]
set -euo pipefail
a=$1; v=${2:-3.33.2}
dir="$(cd "$(dirname "$0")" && pwd)/stand-in-repo/io/quarkus/$a/$v"
mkdir -p "$dir"
cat > "$dir/$a-$v.pom" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<!-- Stand-in: the real POM is missing from the Maven Central copy our build machines reach. -->
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>io.quarkus</groupId>
    <artifactId>quarkus-extensions-parent</artifactId>
    <version>$v</version>
    <relativePath/>
  </parent>
  <artifactId>$a</artifactId>
  <packaging>pom</packaging>
</project>
POM
echo "$dir/$a-$v.pom"
