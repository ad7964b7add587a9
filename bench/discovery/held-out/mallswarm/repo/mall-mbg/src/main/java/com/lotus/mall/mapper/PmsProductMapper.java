package com.lotus.mall.mapper;

import com.lotus.mall.model.PmsProduct;
import org.apache.ibatis.annotations.Param;

import java.util.List;

public interface PmsProductMapper {
    int deleteByPrimaryKey(Long id);

    int insert(PmsProduct row);

    int insertSelective(PmsProduct row);

    PmsProduct selectByPrimaryKey(Long id);

    List<PmsProduct> selectAll();

    int updateByPrimaryKeySelective(@Param("row") PmsProduct row);

    int updateByPrimaryKey(PmsProduct row);
}
