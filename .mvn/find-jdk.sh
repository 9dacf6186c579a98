# Sourced by ./dyad and ./mvnw (POSIX sh): sets JAVA_HOME to a JDK 25 or newer.
# Looks at JAVA_HOME, then `java` on PATH, then /usr/lib/jvm/* and /opt/java/*.

dyad_java_major() { # prints the major version of the JDK at $1, or nothing
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

dyad_try_jdk() { # exports JAVA_HOME=$1 when it is a JDK 25 or newer
  [ -n "$1" ] && [ -d "$1" ] || return 1
  dyad_major=$(dyad_java_major "$1")
  [ -n "$dyad_major" ] && [ "$dyad_major" -ge 25 ] || return 1
  JAVA_HOME="$1"
  export JAVA_HOME
}

dyad_find_jdk() {
  dyad_try_jdk "${JAVA_HOME:-}" && return 0
  dyad_path_java=$(command -v java 2>/dev/null || true)
  if [ -n "$dyad_path_java" ]; then
    dyad_try_jdk "$(dirname "$(dirname "$(readlink -f "$dyad_path_java")")")" && return 0
  fi
  case $- in *f*) dyad_noglob=1; set +f ;; *) dyad_noglob= ;; esac
  for dyad_candidate in /usr/lib/jvm/* /opt/java/*; do
    if dyad_try_jdk "$dyad_candidate"; then
      [ -n "$dyad_noglob" ] && set -f
      return 0
    fi
  done
  [ -n "$dyad_noglob" ] && set -f
  echo "dyad: no JDK 25 or newer found (looked at JAVA_HOME, java on PATH, /usr/lib/jvm): install one (Debian: apt-get install temurin-25-jdk or openjdk-25-jdk) and retry." >&2
  return 1
}

dyad_find_jdk || exit 1
