# sam build: every function of template.yaml has "Metadata: BuildMethod: makefile", so SAM runs make
# build-<FunctionLogicalId> with ARTIFACTS_DIR set. Each function ships the same lean shaded jar
# (target/kurzfassung.jar, budget 25 MB) in lib/, which the Lambda Java runtime puts on the class path.
# SAM's default Maven build would instead ship all ~190 dependency jars unminimised (about 110 MB).

build-ApiFunction build-UploadFunction build-SummarizeFunction: target/kurzfassung.jar
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp target/kurzfassung.jar "$(ARTIFACTS_DIR)/lib/"

target/kurzfassung.jar: pom.xml $(shell find src/main -type f)
	./mvnw -q -B package -DskipTests
