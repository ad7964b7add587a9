package com.lotus.mall.search.controller;

import com.lotus.mall.common.api.CommonPage;
import com.lotus.mall.common.api.CommonResult;
import com.lotus.mall.search.domain.EsProduct;
import com.lotus.mall.search.service.EsProductService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.*;

@RestController
@Tag(name = "EsProductController", description = "product search")
@RequestMapping("/esProduct")
public class EsProductController {
    private final EsProductService esProductService;

    public EsProductController(EsProductService esProductService) {
        this.esProductService = esProductService;
    }

    @Operation(summary = "import all published products from the database into ES")
    @PostMapping("/importAll")
    public CommonResult<Integer> importAll() {
        return CommonResult.success(esProductService.importAll());
    }

    @PostMapping("/delete/{id}")
    public CommonResult<Object> delete(@PathVariable Long id) {
        esProductService.delete(id);
        return CommonResult.success(null);
    }

    @PostMapping("/create/{id}")
    public CommonResult<EsProduct> create(@PathVariable Long id) {
        EsProduct product = esProductService.create(id);
        return product == null ? CommonResult.failed() : CommonResult.success(product);
    }

    @GetMapping("/search/simple")
    public CommonResult<CommonPage<EsProduct>> search(@RequestParam(required = false) String keyword,
                                                      @RequestParam(defaultValue = "0") Integer pageNum,
                                                      @RequestParam(defaultValue = "5") Integer pageSize) {
        Page<EsProduct> page = esProductService.search(keyword, pageNum, pageSize);
        return CommonResult.success(CommonPage.of(page.getContent(), pageNum, pageSize, page.getTotalElements()));
    }
}
