import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Runs a handler from the Lambda jar the way the Lambda Java runtime does: {@code java -cp
 * kurzfassung-lambda.jar:aws-lambda-java-serialization.jar RunFunction <handler class> <event file>}. The
 * runtime's serialisers come from their own jar, as in Lambda, where the runtime brings them. Prints the response
 * JSON, then {@code primed <status>} from the SnapStart priming that the handler's construction registered. With a
 * third argument, a file, both go there instead, so that standard output holds only what the function writes.
 * Used by LambdaJarIT; not compiled by the build.
 */
public final class RunFunction {

  public static void main(String[] args) throws Exception {
    Class<?> type = Class.forName(args[0]);
    Object handler = type.getConstructor().newInstance();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream event = Files.newInputStream(Path.of(args[1]))) {
      if (handler instanceof RequestStreamHandler stream) {
        stream.handleRequest(event, out, new RunContext());
      } else {
        Method method = Arrays.stream(type.getMethods())
            .filter(m -> m.getName().equals("handleRequest") && !m.isBridge() && m.getParameterCount() == 2)
            .findFirst().orElseThrow();
        Object response = method.invoke(handler, serializer(method.getParameterTypes()[0]).fromJson(event),
            new RunContext());
        serializer(response.getClass()).toJson(response, out);
      }
    }
    String result = out.toString(java.nio.charset.StandardCharsets.UTF_8) + "\nprimed " + prime() + "\n";
    if (args.length > 2) {
      Files.writeString(Path.of(args[2]), result);
    } else {
      System.out.print(result);
    }
  }

  /** The runtime's choice: the events library's serialisers for AWS events, its Jackson setup otherwise. */
  @SuppressWarnings("unchecked")
  private static PojoSerializer<Object> serializer(Class<?> type) {
    if (LambdaEventSerializers.isLambdaSupportedEvent(type.getName())) {
      return (PojoSerializer<Object>) LambdaEventSerializers.serializerFor(type, RunFunction.class.getClassLoader());
    }
    return (PojoSerializer<Object>) JacksonFactory.getInstance().getSerializer(type);
  }

  /** What Lambda's beforeCheckpoint would run: the registered priming resource's prime(), its API status. */
  private static Object prime() throws Exception {
    Class<?> priming = Class.forName("io.kurzfassung.lambda.Priming");
    for (Field field : priming.getDeclaredFields()) {
      if (field.getType() == priming && java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
        field.setAccessible(true);
        Object registered = field.get(null);
        Method prime = priming.getDeclaredMethod("prime");
        prime.setAccessible(true);
        Object primed = prime.invoke(registered);
        Method status = primed.getClass().getDeclaredMethod("apiStatus");
        status.setAccessible(true);
        return status.invoke(primed);
      }
    }
    return "none";
  }

  private static final class RunContext implements Context {
    private final long deadline = System.currentTimeMillis() + 60_000;

    public String getAwsRequestId() { return "lambda-jar-it"; }
    public String getLogGroupName() { return "lambda-jar-it"; }
    public String getLogStreamName() { return "lambda-jar-it"; }
    public String getFunctionName() { return "lambda-jar-it"; }
    public String getFunctionVersion() { return "1"; }
    public String getInvokedFunctionArn() { return "lambda-jar-it"; }
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
