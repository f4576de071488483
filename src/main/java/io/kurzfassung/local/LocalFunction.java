package io.kurzfassung.local;

import io.kurzfassung.config.ConfigException;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import io.kurzfassung.config.Config;
import io.kurzfassung.lambda.LocalContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;

/**
 * A function of the SAM template, loaded and called the way the Lambda Java runtime does it: the handler class is
 * instantiated once, the event JSON is deserialised with the runtime's own serialisers
 * ({@code aws-lambda-java-serialization}: {@code LambdaEventSerializers} for AWS events, its Jackson setup for other
 * types), and the result is serialised back. Used by the docker-free {@code invoke} and {@code serve} commands.
 */
public final class LocalFunction {

  private final SamTemplate.Function definition;
  private final Object handler;
  private final Method method;

  private LocalFunction(SamTemplate.Function definition, Object handler, Method method) {
    this.definition = definition;
    this.handler = handler;
    this.method = method;
  }

  /**
   * Loads a function. Its environment is the template's resolvable variables, then the process environment, then
   * the overrides (as {@code sam local invoke --env-vars} gives them); later ones win.
   */
  public static LocalFunction load(SamTemplate template, String logicalId, Map<String, String> overrides) {
    SamTemplate.Function definition = template.function(logicalId);
    Class<?> type;
    try {
      type = Class.forName(definition.handlerClass());
    } catch (ClassNotFoundException e) {
      throw new ConfigException("handler class " + definition.handlerClass() + " of " + logicalId
          + " is not in the build");
    }
    Method method = handlerMethod(type, definition.handlerMethod());
    Config config = Config.fromEnvironment(definition.environment(), overrides);
    return new LocalFunction(definition, instantiate(type, config), method);
  }

  public SamTemplate.Function definition() {
    return definition;
  }

  public Object handler() {
    return handler;
  }

  /** A context with a fresh request id and the template's timeout and memory. */
  public LocalContext newContext() {
    return new LocalContext(definition.logicalId(), definition.timeout(), definition.memoryMb());
  }

  /** A context as {@link #newContext()}, whose log messages go to {@code log}. */
  public LocalContext newContext(java.util.function.Consumer<String> log) {
    return new LocalContext(definition.logicalId(), java.util.UUID.randomUUID().toString(), definition.timeout(),
        definition.memoryMb(), log);
  }

  /** The class of the event the handler takes (InputStream for a stream handler). */
  public Class<?> eventType() {
    return method.getParameterTypes()[0];
  }

  /** Calls the handler with an event in JSON and returns its response in JSON ({@code null} for no response). */
  public byte[] invoke(InputStream event, Context context) {
    try {
      if (handler instanceof RequestStreamHandler streamHandler && method.getParameterCount() == 3) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        streamHandler.handleRequest(event, out, context);
        return out.toByteArray();
      }
      Object input = serializer(eventType()).fromJson(event);
      Object output = method.invoke(handler, input, context);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (output == null) {
        out.writeBytes("null".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      } else {
        serializer(output.getClass()).toJson(output, out);
      }
      return out.toByteArray();
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + definition.handler(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static PojoSerializer<Object> serializer(Class<?> type) {
    // The same choice the runtime makes: the events library's serialisers for AWS events, its Jackson otherwise.
    if (LambdaEventSerializers.isLambdaSupportedEvent(type.getName())) {
      return (PojoSerializer<Object>) LambdaEventSerializers.serializerFor(type, LocalFunction.class.getClassLoader());
    }
    return (PojoSerializer<Object>) JacksonFactory.getInstance().getSerializer(type);
  }

  private static Method handlerMethod(Class<?> type, String name) {
    if (RequestStreamHandler.class.isAssignableFrom(type) && name.equals("handleRequest")) {
      try {
        return type.getMethod(name, InputStream.class, java.io.OutputStream.class, Context.class);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(e);
      }
    }
    return Arrays.stream(type.getMethods())
        .filter(m -> m.getName().equals(name) && !m.isBridge() && !m.isSynthetic())
        .filter(m -> m.getParameterCount() == 2 && m.getParameterTypes()[1] == Context.class)
        .findFirst()
        .orElseThrow(() -> new ConfigException("handler " + type.getName() + "::" + name
            + " is not a method (Event, Context) of a RequestHandler"));
  }

  /** The constructor that takes {@link io.kurzfassung.Kurzfassung} when there is one, as Lambda's no-arg one would build them. */
  private static Object instantiate(Class<?> type, Config config) {
    try {
      for (Constructor<?> c : type.getConstructors()) {
        if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == io.kurzfassung.Kurzfassung.class) {
          return c.newInstance(io.kurzfassung.Kurzfassung.forLambda(config));
        }
      }
      if (!Modifier.isPublic(type.getModifiers())) {
        throw new ConfigException("handler class " + type.getName() + " is not public");
      }
      return type.getConstructor().newInstance();
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new ConfigException("cannot instantiate " + type.getName() + ": " + e, e);
    }
  }

  /** True when the handler is the RequestHandler the API routes need. */
  public boolean handles(Class<?> eventType) {
    return handler instanceof RequestHandler<?, ?> && eventType().equals(eventType);
  }
}
