using Microsoft.Extensions.Options;
using Tidewater.WebhookClient.Services;

namespace Tidewater.WebhookClient.Endpoints;

public static class WebhookEndpoints
{
    private const string webhookCheckHeader = "X-tidewater-whtoken";

    public static IEndpointRouteBuilder MapWebhookEndpoints(this IEndpointRouteBuilder app)
    {
        // Inbound: called BY webhooks-api.
        app.MapMethods("/check", [HttpMethods.Options], Results<Ok, BadRequest<string>> (
            [FromHeader(Name = webhookCheckHeader)] string value, HttpResponse response, IOptions<WebhookClientOptions> options) =>
        {
            if (!options.Value.ValidateToken || value == options.Value.Token)
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    response.Headers.Append(webhookCheckHeader, value);
                }

                return TypedResults.Ok();
            }

            return TypedResults.BadRequest("Invalid token");
        });

        app.MapPost("/webhook-received", async (WebhookData hook, HttpRequest request, ILogger<Program> logger, HooksRepository hooksRepository, IOptions<WebhookClientOptions> options) =>
        {
            var token = request.Headers[webhookCheckHeader];

            logger.LogInformation("Received hook with token {Token}. My token is {MyToken}. Token validation is set to {ValidateToken}", token, options.Value.Token, options.Value.ValidateToken);

            if (!options.Value.ValidateToken || options.Value.Token == token)
            {
                logger.LogInformation("Received hook is going to be processed");
                var newHook = new WebHookReceived()
                {
                    Data = hook.Payload,
                    When = hook.When,
                    Token = token
                };
                await hooksRepository.AddNew(newHook);
                logger.LogInformation("Received hook was processed.");
                return Results.Ok(newHook);
            }

            logger.LogInformation("Received hook is NOT processed - Bad Request returned.");
            return Results.BadRequest();
        });

        return app;
    }
}
