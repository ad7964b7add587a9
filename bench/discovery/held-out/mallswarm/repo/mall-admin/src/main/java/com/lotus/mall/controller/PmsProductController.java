package com.lotus.mall.controller;

import com.github.pagehelper.PageHelper;
import com.github.pagehelper.PageInfo;
import com.lotus.mall.common.api.CommonPage;
import com.lotus.mall.common.api.CommonResult;
import com.lotus.mall.mapper.PmsProductMapper;
import com.lotus.mall.model.PmsProduct;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.*;

import java.util.List;

@RestController
@Tag(name = "PmsProductController", description = "product management")
@RequestMapping("/product")
public class PmsProductController {
    private final PmsProductMapper productMapper;

    public PmsProductController(PmsProductMapper productMapper) {
        this.productMapper = productMapper;
    }

    @GetMapping("/list")
    public CommonResult<CommonPage<PmsProduct>> list(@RequestParam(defaultValue = "1") Integer pageNum,
                                                     @RequestParam(defaultValue = "5") Integer pageSize) {
        PageHelper.startPage(pageNum, pageSize);
        List<PmsProduct> list = productMapper.selectAll();
        PageInfo<PmsProduct> info = new PageInfo<>(list);
        return CommonResult.success(CommonPage.of(list, pageNum, pageSize, info.getTotal()));
    }

    @PostMapping("/create")
    public CommonResult<Integer> create(@RequestBody PmsProduct product) {
        product.setDeleteStatus(0);
        return CommonResult.success(productMapper.insertSelective(product));
    }

    @PostMapping("/update/publishStatus")
    public CommonResult<Integer> updatePublishStatus(@RequestParam Long id, @RequestParam Integer publishStatus) {
        PmsProduct product = new PmsProduct();
        product.setId(id);
        product.setPublishStatus(publishStatus);
        return CommonResult.success(productMapper.updateByPrimaryKeySelective(product));
    }
}
