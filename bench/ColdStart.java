import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One cold start, as Lambda does it: load and construct the handler (init), deserialise the event with the
 * runtime's serialisers, call the handler once and serialise the response (first invoke). Prints one line
 * {@code coldstart <init ms> <first invoke ms> <status> <cpu ms> <classes after init> <classes after invoke>}: init
 * counts from the JVM's start; cpu is the process's CPU time (user + sys, all threads: JIT and GC included) up to the
 * end of the first invoke; classes are the loaded-class counts. Usage:
 * {@code java -cp kurzfassung-lambda.jar:bench-classes:aws-lambda-java-serialization.jar ColdStart <handler class> <api event file>}
 */
public final class ColdStart {

  public static void main(String[] args) throws Exception {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    @SuppressWarnings("unchecked")
    var handler = (RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>)
        Class.forName(args[0]).getConstructor().newInstance();
    long initDone = System.currentTimeMillis();
    long classesInit = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();

    APIGatewayProxyRequestEvent event;
    try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
      event = LambdaEventSerializers.serializerFor(APIGatewayProxyRequestEvent.class, ColdStart.class.getClassLoader())
          .fromJson(in);
    }
    APIGatewayProxyResponseEvent response = handler.handleRequest(event, new BenchContext());
    var out = new ByteArrayOutputStream();
    LambdaEventSerializers.serializerFor(APIGatewayProxyResponseEvent.class, ColdStart.class.getClassLoader())
        .toJson(response, out);
    long invokeDone = System.currentTimeMillis();
    long cpuMillis = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1_000_000;
    long classesTotal = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
    System.out.println("coldstart " + (initDone - jvmStart) + " " + (invokeDone - initDone) + " "
        + response.getStatusCode() + " " + cpuMillis + " " + classesInit + " " + classesTotal);
  }

  private static final class BenchContext implements Context {
    private final long deadline = System.currentTimeMillis() + 28_000;

    public String getAwsRequestId() { return "bench"; }
    public String getLogGroupName() { return "bench"; }
    public String getLogStreamName() { return "bench"; }
    public String getFunctionName() { return "bench"; }
    public String getFunctionVersion() { return "1"; }
    public String getInvokedFunctionArn() { return "bench"; }
    public CognitoIdentity getIdentity() { return null; }
    public ClientContext getClientContext() { return null; }
    public int getRemainingTimeInMillis() { return (int) (deadline - System.currentTimeMillis()); }
    public int getMemoryLimitInMB() { return 1024; }
    public LambdaLogger getLogger() {
      return new LambdaLogger() {
        public void log(String message) { System.err.println(message); }
        public void log(byte[] message) { System.err.println(new String(message)); }
      };
    }
  }
}
