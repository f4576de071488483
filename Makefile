# sam build: every function of template.yaml has "Metadata: BuildMethod: makefile", so SAM runs make
# build-<FunctionLogicalId> with ARTIFACTS_DIR set. Each function ships the same Lambda jar
# (target/kurzfassung-lambda.jar: the handlers without the CLI, the local emulator and their libraries; budget 19 MB,
# checked by LambdaJarIT) in lib/, which the Lambda Java runtime puts on the class path.
# SAM's default Maven build would instead ship all ~190 dependency jars unminimised (about 110 MB).
# The JDK is found as ./kurzfassung finds it (bench/jdk.sh: JAVA_HOME, java on the PATH, the usual install places).

build-ApiFunction build-UploadFunction build-SummarizeFunction build-BackfillFunction: target/kurzfassung-lambda.jar
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp target/kurzfassung-lambda.jar "$(ARTIFACTS_DIR)/lib/"

target/kurzfassung-lambda.jar: pom.xml $(shell find src/main -type f)
	bash -c '. bench/jdk.sh && ./mvnw -q -B package -DskipTests'
