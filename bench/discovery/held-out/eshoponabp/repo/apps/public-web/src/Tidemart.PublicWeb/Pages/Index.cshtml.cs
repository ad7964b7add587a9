using System.Collections.Generic;
using System.Threading.Tasks;
using Tidemart.PublicWeb.ClientProxies;
using Volo.Abp.AspNetCore.Mvc.UI.RazorPages;

namespace Tidemart.PublicWeb.Pages;

public class IndexModel : AbpPageModel
{
    public IReadOnlyList<ProductDto> Products { get; private set; } = new List<ProductDto>();

    private readonly IProductPublicAppService _productPublicAppService;

    public IndexModel(IProductPublicAppService productPublicAppService)
    {
        _productPublicAppService = productPublicAppService;
    }

    public async Task OnGetAsync()
    {
        var result = await _productPublicAppService.GetListAsync();
        Products = result.Items;
    }
}
