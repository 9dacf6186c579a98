package org.dyad.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.dyad.core.json.DyadJson;

/**
 * Sends requests to a test's server and keeps the answers whole, status and headers included. Each
 * request has a connection of its own: the server closes a connection after refusing an upload it
 * did not read (413, 400), and a pooled connection reused after that fails with no answer at all.
 */
final class ApiClient {

  private final URI base;

  ApiClient(int port) {
    this.base = URI.create("http://127.0.0.1:" + port);
  }

  record Answer(int status, String body, HttpResponse<byte[]> response) {
    JsonNode json() throws IOException {
      return DyadJson.mapper().readTree(body);
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    /** The error line of a failed answer. */
    String error() throws IOException {
      return json().path("error").asText();
    }
  }

  Answer get(String pathAndQuery) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET().build());
  }

  Answer post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  /** A multipart upload of one file in the field {@code file}. */
  Answer upload(String path, String fileName, byte[] content) throws IOException, InterruptedException {
    String boundary = "dyad-test-boundary";
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    return post(path, "multipart/form-data; boundary=" + boundary, body);
  }

  private Answer send(HttpRequest request) throws IOException, InterruptedException {
    try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), response);
    }
  }
}
