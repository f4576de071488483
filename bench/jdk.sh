# Finds a JDK >= 21 (the Lambda java21 runtime; the build targets release 21) and exports JAVA_HOME, JAVA and a
# PATH with that JDK first. Sourced (". bench/jdk.sh") by ./kurzfassung, .ci/run, the Makefile and every bench
# script, so they all agree. Looks, in order, at: $JAVA_HOME, `java` on the PATH, /usr/lib/jvm/*,
# /Library/Java/JavaVirtualMachines/*/Contents/Home, ~/.sdkman/candidates/java/*. The newest matching JDK of the
# install locations wins. Without one it prints one line saying what to install and returns (or exits) 2.

# The feature release of the JDK at $1 (a JAVA_HOME), or 0 when it is not a JDK.
kurzfassung_java_major() {
  [ -x "$1/bin/java" ] || { echo 0; return; }
  local v
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}')
  case "$v" in 1.*) echo 1 ;; [0-9]*) echo "${v%%.*}" ;; *) echo 0 ;; esac
}

kurzfassung_find_jdk() {
  local min=21 candidate best="" best_major=0 major
  if [ -n "${JAVA_HOME:-}" ] && [ "$(kurzfassung_java_major "$JAVA_HOME")" -ge "$min" ]; then
    echo "$JAVA_HOME"; return 0
  fi
  if command -v java >/dev/null 2>&1; then
    candidate=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.home/{print $2}')
    if [ -n "$candidate" ] && [ "$(kurzfassung_java_major "$candidate")" -ge "$min" ]; then
      echo "$candidate"; return 0
    fi
  fi
  for candidate in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$candidate" ] && [ ! -L "$candidate" ] || continue
    major=$(kurzfassung_java_major "$candidate")
    if [ "$major" -ge "$min" ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"; best_major="$major"
    fi
  done
  [ -n "$best" ] && echo "$best"
}

if KURZFASSUNG_JDK=$(kurzfassung_find_jdk); then
  export JAVA_HOME="$KURZFASSUNG_JDK"
  export JAVA="$JAVA_HOME/bin/java"
  export PATH="$JAVA_HOME/bin:$PATH"
else
  echo "error: kurzfassung needs a JDK 21 or newer and found none (JAVA_HOME, java on the PATH, /usr/lib/jvm, ~/.sdkman); install one, e.g. Temurin 21 from https://adoptium.net or 'sdk install java 21-tem', or set JAVA_HOME" >&2
  return 2 2>/dev/null || exit 2
fi
