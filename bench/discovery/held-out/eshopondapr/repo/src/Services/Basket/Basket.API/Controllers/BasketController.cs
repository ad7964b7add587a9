using Larkspur.BuildingBlocks.EventBus.Abstractions;
using Larkspur.Services.Basket.API.Infrastructure.Repositories;
using Larkspur.Services.Basket.API.IntegrationEvents.Events;
using Larkspur.Services.Basket.API.Model;
using Larkspur.Services.Basket.API.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Larkspur.Services.Basket.API.Controllers;

[Route("api/v1/[controller]")]
[Authorize(Policy = "ApiScope")]
[ApiController]
public class BasketController : ControllerBase
{
    private readonly IBasketRepository _repository;
    private readonly IIdentityService _identityService;
    private readonly IEventBus _eventBus;
    private readonly ILogger<BasketController> _logger;

    public BasketController(
        IBasketRepository repository,
        IIdentityService identityService,
        IEventBus eventBus,
        ILogger<BasketController> logger)
    {
        _repository = repository;
        _identityService = identityService;
        _eventBus = eventBus;
        _logger = logger;
    }

    [HttpGet]
    public async Task<ActionResult<CustomerBasket>> GetBasketAsync()
    {
        var userId = _identityService.GetUserIdentity();
        var basket = await _repository.GetBasketAsync(userId);
        return Ok(basket ?? new CustomerBasket(userId));
    }

    [HttpPost]
    public async Task<ActionResult<CustomerBasket>> UpdateBasketAsync([FromBody] CustomerBasket value)
    {
        value.BuyerId = _identityService.GetUserIdentity();
        return Ok(await _repository.UpdateBasketAsync(value));
    }

    [HttpPost("checkout")]
    public async Task<ActionResult> CheckoutAsync(
        [FromBody] BasketCheckout basketCheckout,
        [FromHeader(Name = "X-Request-Id")] string requestId)
    {
        var userId = _identityService.GetUserIdentity();
        var basket = await _repository.GetBasketAsync(userId);
        if (basket is null)
        {
            return BadRequest();
        }

        var eventRequestId = Guid.TryParse(requestId, out var parsedRequestId) ? parsedRequestId : Guid.NewGuid();

        var eventMessage = new UserCheckoutAcceptedIntegrationEvent(
            userId, _identityService.GetUserName(), basketCheckout.City, basketCheckout.Street,
            basketCheckout.State, basketCheckout.Country, basketCheckout.ZipCode,
            basketCheckout.CardNumber, basketCheckout.CardHolderName, basketCheckout.CardExpiration,
            basketCheckout.CardSecurityNumber, eventRequestId, basket);

        // Once the basket is checked out, it's deleted by the
        // OrderStatusChangedToSubmitted handler when ordering-api accepts it.
        await _eventBus.PublishAsync(eventMessage);

        _logger.LogInformation("Published checkout event for {UserId}", userId);

        return Accepted();
    }

    [HttpDelete]
    public Task DeleteBasketByIdAsync() =>
        _repository.DeleteBasketAsync(_identityService.GetUserIdentity());
}
