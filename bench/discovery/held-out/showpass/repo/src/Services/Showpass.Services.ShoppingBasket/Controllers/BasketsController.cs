using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Showpass.Integration.MessagingBus;
using Showpass.Services.ShoppingBasket.Entities;
using Showpass.Services.ShoppingBasket.Messages;
using Showpass.Services.ShoppingBasket.DbContexts;
using Showpass.Services.ShoppingBasket.Services;

namespace Showpass.Services.ShoppingBasket.Controllers;

public record BasketCheckoutDto(Guid BasketId, Guid UserId, string FirstName, string LastName, string Email,
    string Address, string ZipCode, string City, string Country, string CardNumber, string CardName, string CardExpiration);

public record BasketLineForCreationDto(Guid EventId, int TicketAmount);

[ApiController]
[Authorize]
[Route("api/baskets")]
public class BasketsController : ControllerBase
{
    private readonly IBasketRepository _basketRepository;
    private readonly IBasketChangeEventRepository _changeEvents;
    private readonly IEventCatalogService _eventCatalogService;
    private readonly IDiscountService _discountService;
    private readonly IMessageBus _messageBus;
    private readonly IConfiguration _configuration;
    private readonly ILogger<BasketsController> _logger;

    public BasketsController(IBasketRepository basketRepository, IBasketChangeEventRepository changeEvents,
        IEventCatalogService eventCatalogService, IDiscountService discountService, IMessageBus messageBus,
        IConfiguration configuration, ILogger<BasketsController> logger)
    {
        _basketRepository = basketRepository;
        _changeEvents = changeEvents;
        _eventCatalogService = eventCatalogService;
        _discountService = discountService;
        _messageBus = messageBus;
        _configuration = configuration;
        _logger = logger;
    }

    [HttpGet("{basketId}")]
    public async Task<IActionResult> Get(Guid basketId)
    {
        var basket = await _basketRepository.GetBasketById(basketId);
        return basket is null ? NotFound() : Ok(basket);
    }

    [HttpPost("{basketId}/lines")]
    public async Task<IActionResult> AddLine(Guid basketId, BasketLineForCreationDto line)
    {
        var basket = await _basketRepository.GetBasketById(basketId);
        if (basket is null)
        {
            basket = new Basket { BasketId = basketId, UserId = Guid.Parse(User.FindFirst("sub")!.Value) };
            await _basketRepository.AddBasket(basket);
        }

        var evt = await _eventCatalogService.GetEvent(line.EventId);
        if (evt is null) return BadRequest("Unknown event");

        basket.BasketLines.Add(new BasketLine
        {
            BasketLineId = Guid.NewGuid(),
            EventId = evt.EventId,
            EventName = evt.Name,
            EventDate = evt.Date,
            Price = evt.Price,
            TicketAmount = line.TicketAmount
        });
        await _basketRepository.SaveChanges();

        await _changeEvents.AddBasketEvent(new BasketChangeEvent
        {
            BasketChangeEventId = Guid.NewGuid(),
            UserId = basket.UserId,
            EventId = evt.EventId,
            InsertedAt = DateTimeOffset.UtcNow,
            BasketChangeType = BasketChangeTypeEnum.Add
        });

        return Ok(basket);
    }

    [HttpPut("{basketId}/coupon/{code}")]
    public async Task<IActionResult> ApplyCoupon(Guid basketId, string code)
    {
        var basket = await _basketRepository.GetBasketById(basketId);
        if (basket is null) return NotFound();

        var coupon = await _discountService.GetCouponByCode(code);
        if (coupon is null || coupon.AlreadyUsed) return BadRequest("Coupon not valid");

        basket.CouponId = coupon.CouponId;
        await _basketRepository.SaveChanges();
        return Accepted();
    }

    [HttpPost("checkout")]
    public async Task<IActionResult> CheckoutBasketAsync(BasketCheckoutDto basketCheckout)
    {
        var basket = await _basketRepository.GetBasketById(basketCheckout.BasketId);
        if (basket is null) return BadRequest();

        var message = new BasketCheckoutMessage
        {
            BasketId = basket.BasketId,
            UserId = basketCheckout.UserId,
            FirstName = basketCheckout.FirstName,
            LastName = basketCheckout.LastName,
            Email = basketCheckout.Email,
            Address = basketCheckout.Address,
            ZipCode = basketCheckout.ZipCode,
            City = basketCheckout.City,
            Country = basketCheckout.Country,
            CardNumber = basketCheckout.CardNumber,
            CardName = basketCheckout.CardName,
            CardExpiration = basketCheckout.CardExpiration,
            BasketLines = basket.BasketLines.Select(l => new BasketLineMessage
            {
                BasketLineId = l.BasketLineId, EventId = l.EventId, Price = l.Price, TicketAmount = l.TicketAmount
            }).ToList()
        };

        var total = basket.BasketLines.Sum(l => l.Price * l.TicketAmount);
        if (basket.CouponId.HasValue)
        {
            var coupon = await _discountService.GetCoupon(basket.CouponId.Value);
            if (coupon is not null) total -= coupon.Amount;
        }
        message.BasketTotal = total;

        try
        {
            await _messageBus.PublishMessage(message, _configuration["Messaging:CheckoutMessageTopic"]!);
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Failed to publish checkout for basket {BasketId}", basket.BasketId);
            throw;
        }

        await _basketRepository.ClearBasket(basket.BasketId);
        return Accepted(message);
    }
}

/// <summary>Polled by Showpass.Services.Marketing.</summary>
[ApiController]
[Route("api/basketevent")]
public class BasketChangeEventController : ControllerBase
{
    private readonly IBasketChangeEventRepository _repository;

    public BasketChangeEventController(IBasketChangeEventRepository repository) => _repository = repository;

    [HttpGet]
    public async Task<IActionResult> GetBasketChangeEvents([FromQuery] DateTime fromDate, [FromQuery] int max = 100) =>
        Ok(await _repository.GetBasketChangeEvents(fromDate, max));
}
