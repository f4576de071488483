import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.net.URI;
import java.util.UUID;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The cold-start floor: a bare SDK-v2 handler that only puts the request body into S3 (bench fixture, not shipped). */
public final class FloorHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

  private static final S3Client S3 = S3Client.builder()
      .httpClient(UrlConnectionHttpClient.create())
      .region(Region.of(System.getenv("AWS_REGION")))
      .endpointOverride(URI.create(System.getenv("AWS_ENDPOINT_URL_S3")))
      .forcePathStyle(true)
      .build();

  @Override
  public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
    String key = "floor/" + UUID.randomUUID() + ".json";
    S3.putObject(b -> b.bucket(System.getenv("OUTPUT_BUCKET")).key(key), RequestBody.fromString(event.getBody()));
    return new APIGatewayProxyResponseEvent().withStatusCode(200).withBody("{\"key\":\"" + key + "\"}");
  }
}
