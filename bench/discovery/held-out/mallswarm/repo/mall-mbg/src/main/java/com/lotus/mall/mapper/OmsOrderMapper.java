package com.lotus.mall.mapper;

import com.lotus.mall.model.OmsOrder;
import org.apache.ibatis.annotations.Param;

import java.util.List;

public interface OmsOrderMapper {
    int deleteByPrimaryKey(Long id);

    int insert(OmsOrder row);

    int insertSelective(OmsOrder row);

    OmsOrder selectByPrimaryKey(Long id);

    List<OmsOrder> selectAll();

    int updateByPrimaryKeySelective(@Param("row") OmsOrder row);

    int updateByPrimaryKey(OmsOrder row);
}
